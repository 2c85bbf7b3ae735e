import { BrowserWindow, shell } from 'electron'
import type { Logger } from '../logging/logger'
import { externalUrlToOpen } from '../security/external-links'
import { isSameOriginNavigation } from '../security/navigation'
import { secureWebPreferences } from '../security/web-preferences'

/** The one factory every Headcount window comes from. */
export function createMainWindow(options: {
  preloadPath: string
  startUrl: string
  appOrigin: string
  logger: Logger
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Headcount',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath)
  })
  const contents = window.webContents

  window.once('ready-to-show', () => window.show())

  contents.on('will-navigate', (event, url) => {
    if (!isSameOriginNavigation(url, options.appOrigin)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isSameOriginNavigation(url, options.appOrigin)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new Electron window; vetted Zoom links go to the system browser instead.
    const href = externalUrlToOpen(url)
    if (href !== null) void shell.openExternal(href)
    return { action: 'deny' }
  })
  contents.on('render-process-gone', (_event, details) => {
    options.logger.error('The window crashed and is being reloaded', { reason: details.reason })
    if (!window.isDestroyed()) contents.reload()
  })

  void window.loadURL(options.startUrl)
  return window
}

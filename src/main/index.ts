import { join } from 'node:path'
import { BrowserWindow, app, dialog, ipcMain, session } from 'electron'
import ElectronStore from 'electron-store'
import { startDemoZoom } from './accounts/start-demo-zoom'
import { createAppCore } from './app/create-app-core'
import { registerAppSchemePrivileges, serveRendererFromAppScheme } from './electron/app-protocol'
import {
  electronDialogs,
  electronIdentity,
  electronLinks,
  electronPaths
} from './electron/electron-platform'
import { createMainWindow } from './electron/main-window'
import { safeStorageCipher } from './electron/safe-storage-cipher'
import { startupFailureDialog } from './electron/startup-failure'
import { denyAllPermissions } from './electron/session-security'
import { registerIpcHandlers } from './ipc/register-ipc'
import { createSenderPolicy } from './ipc/sender-policy'
import { createFileLogger } from './logging/file-logger'
import type { FileLogger } from './logging/file-logger'
import { createSecretRegistry } from './logging/redact'
import { openSettings } from './storage'
import { appOrigin } from './security/app-asset-path'
import { originOf } from './security/origin'

// Lifecycle only: every decision lives in electron-free modules.
const here = import.meta.dirname
const devRendererUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

// Tests give each run its own data folder; a packaged app ignores this.
const testUserData = app.isPackaged ? undefined : process.env['HEADCOUNT_USER_DATA']
if (testUserData) app.setPath('userData', testUserData)
const devApiBaseUrl = app.isPackaged ? undefined : process.env['HEADCOUNT_ZOOM_API_BASE_URL']
const devOauthUrl = app.isPackaged ? undefined : process.env['HEADCOUNT_ZOOM_OAUTH_URL']
const zoomEndpoints =
  devApiBaseUrl && devOauthUrl ? { apiBaseUrl: devApiBaseUrl, oauthUrl: devOauthUrl } : undefined

app.enableSandbox()
registerAppSchemePrivileges()

if (!app.requestSingleInstanceLock()) app.quit()

let mainWindow: BrowserWindow | null = null

/** Set once the log exists, so a start-up failure can be written down too. */
let startupLogger: FileLogger | null = null

async function start(): Promise<void> {
  const paths = electronPaths()
  const secrets = createSecretRegistry()
  const logger = createFileLogger({ directory: paths.logs, secrets })
  startupLogger = logger
  // safeStorage may only be used after ready, so settings open here.
  const storage = openSettings({
    dir: paths.userData,
    createStore: (options) => new ElectronStore(options),
    cipher: safeStorageCipher(),
    logger
  })
  const startUrl = devRendererUrl ?? `${appOrigin}/index.html`
  const trustedOrigin = originOf(startUrl) ?? appOrigin

  serveRendererFromAppScheme(join(here, '../renderer'))
  denyAllPermissions(session.defaultSession)

  const core = createAppCore({
    identity: electronIdentity(),
    links: electronLinks,
    dialogs: electronDialogs(() => mainWindow),
    paths,
    logger,
    secrets,
    storage,
    startDemo: startDemoZoom,
    zoomEndpoints,
    sendEvent: (channel, payload) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload)
    }
  })
  await core.restoreLastAccount()
  // In the worker, so a large archive's quick check never holds up the window.
  core.startArchive({ autoSync: true })
  registerIpcHandlers(
    ipcMain,
    core.router,
    createSenderPolicy({
      trustedWebContentsIds: () => new Set(mainWindow ? [mainWindow.webContents.id] : []),
      trustedOrigins: [trustedOrigin]
    })
  )

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      preloadPath: join(here, '../preload/index.cjs'),
      startUrl,
      appOrigin: trustedOrigin,
      logger
    })
    mainWindow.on('closed', () => (mainWindow = null))
  }
  openWindow()

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('will-quit', () => {
    void core.dispose().then(() => logger.close())
  })
}

/** No window and no IPC yet: say what broke and how to fix it in a native dialog, then quit. */
function failStartup(error: unknown): void {
  try {
    startupLogger?.error('Headcount could not start', { error })
  } catch {
    // The log itself may be what failed; the dialog still tells the admin.
  }
  let logsDir: string | null
  try {
    logsDir = app.getPath('logs')
  } catch {
    logsDir = null
  }
  const { title, content } = startupFailureDialog(error, logsDir)
  dialog.showErrorBox(title, content)
  // Let the log line reach the disk, then quit whatever happens.
  void Promise.resolve(startupLogger?.close())
    .catch(() => undefined)
    .finally(() => app.quit())
}

void app.whenReady().then(start).catch(failStartup)

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

import { join } from 'node:path'
import { app, dialog, shell } from 'electron'
import type { BrowserWindow } from 'electron'
import type { AppIdentity, AppPaths, FileDialogs, LinkOpener } from '../platform/platform'
import { externalUrlToOpen } from '../security/external-links'

export function electronPaths(): AppPaths {
  return {
    userData: app.getPath('userData'),
    logs: app.getPath('logs'),
    cache: join(app.getPath('userData'), 'meeting-cache')
  }
}

export function electronIdentity(): AppIdentity {
  return {
    name: 'Headcount',
    version: app.getVersion(),
    shell: 'electron',
    platform: process.platform
  }
}

/** The last gate before the OS: whoever calls, only a vetted, normalised href gets through. */
export const electronLinks: LinkOpener = {
  openExternal: async (url) => {
    const href = externalUrlToOpen(url)
    if (href === null)
      throw new Error('Refused to open a link that is not a plain Zoom https link.')
    await shell.openExternal(href)
  }
}

export function electronDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSaveLocation({ defaultFileName }) {
      const window = getWindow()
      const options = {
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: [{ name: 'CSV (opens in Excel)', extensions: ['csv'] }]
      }
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    showInFolder: (filePath) => {
      shell.showItemInFolder(filePath)
      return true
    }
  }
}

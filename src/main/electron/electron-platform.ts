import { join } from 'node:path'
import { app, dialog, shell } from 'electron'
import type { BrowserWindow } from 'electron'
import type { AppIdentity, AppPaths, FileDialogs, LinkOpener } from '../platform/platform'

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

export const electronLinks: LinkOpener = {
  openExternal: (url) => shell.openExternal(url)
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
    showInFolder: (filePath) => shell.showItemInFolder(filePath)
  }
}

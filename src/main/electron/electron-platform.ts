import { join } from 'node:path'
import { app, dialog, shell } from 'electron'
import type { BrowserWindow } from 'electron'
import { archiveFileIn } from '../platform/app-data-folder'
import type { AppIdentity, AppPaths, FileDialogs, FileKind, LinkOpener } from '../platform/platform'
import { externalUrlToOpen } from '../security/external-links'

export function electronPaths(): AppPaths {
  return {
    userData: app.getPath('userData'),
    logs: app.getPath('logs'),
    cache: join(app.getPath('userData'), 'meeting-cache'),
    archiveFile: archiveFileIn(app.getPath('userData'))
  }
}

const filters: Record<FileKind, { name: string; extensions: string[] }[]> = {
  csv: [{ name: 'CSV (opens in Excel)', extensions: ['csv'] }],
  archive: [{ name: 'Headcount archive', extensions: ['sqlite'] }]
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
    async chooseSaveLocation({ defaultFileName, kind = 'csv' }) {
      const window = getWindow()
      const options = {
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: filters[kind]
      }
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseFileToOpen({ kind }) {
      const window = getWindow()
      const options = {
        defaultPath: app.getPath('documents'),
        filters: filters[kind],
        properties: ['openFile' as const]
      }
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    showInFolder: (filePath) => {
      shell.showItemInFolder(filePath)
      return true
    }
  }
}

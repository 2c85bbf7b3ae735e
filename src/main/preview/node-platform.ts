import { mkdirSync, readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { archiveFileIn } from '../platform/app-data-folder'
import type { Logger } from '../logging/logger'
import type { AppPaths, FileDialogs, LinkOpener } from '../platform/platform'

/** App folders under one data directory (a temporary one per preview run by default). */
export function nodePaths(dataDir: string): AppPaths {
  const folders = {
    userData: dataDir,
    logs: join(dataDir, 'logs'),
    cache: join(dataDir, 'meeting-cache')
  }
  for (const dir of Object.values(folders)) mkdirSync(dir, { recursive: true, mode: 0o700 })
  return { ...folders, archiveFile: archiveFileIn(dataDir) }
}

/** Without a desktop shell, links are printed for the developer to open. */
export function printingLinks(logger: Logger, print: (line: string) => void): LinkOpener {
  return {
    async openExternal(url) {
      logger.info('Link requested', { url })
      print(`Open this link in your browser: ${url}`)
    }
  }
}

const extensions = { csv: '.csv', archive: '.sqlite' }

/**
 * No native dialogs in a browser preview: files are saved to a fixed exports folder, and "open"
 * picks the newest file of the kind asked for there (a restore finds the last backup).
 */
export function folderDialogs(exportDir: string): FileDialogs {
  mkdirSync(exportDir, { recursive: true })
  return {
    async chooseSaveLocation({ defaultFileName }) {
      return join(exportDir, defaultFileName)
    },
    async chooseFileToOpen({ kind }) {
      const newest = readdirSync(exportDir)
        .filter((name) => extname(name) === extensions[kind])
        .map((name) => ({
          path: join(exportDir, name),
          at: statSync(join(exportDir, name)).mtimeMs
        }))
        .sort((a, b) => b.at - a.at)[0]
      return newest?.path ?? null
    },
    // A browser page cannot open a file manager; csv-exports says where the file is instead.
    showInFolder: () => false
  }
}

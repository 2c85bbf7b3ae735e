import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from '../logging/logger'
import type { AppPaths, FileDialogs, LinkOpener } from '../platform/platform'

/** App folders under one data directory (a temporary one per preview run by default). */
export function nodePaths(dataDir: string): AppPaths {
  const paths = {
    userData: dataDir,
    logs: join(dataDir, 'logs'),
    cache: join(dataDir, 'meeting-cache')
  }
  for (const dir of Object.values(paths)) mkdirSync(dir, { recursive: true, mode: 0o700 })
  return paths
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

/** No native save dialog in a browser preview: files go to a fixed exports folder. */
export function folderDialogs(exportDir: string): FileDialogs {
  mkdirSync(exportDir, { recursive: true })
  return {
    async chooseSaveLocation({ defaultFileName }) {
      return join(exportDir, defaultFileName)
    },
    // A browser page cannot open a file manager; csv-exports says where the file is instead.
    showInFolder: () => false
  }
}

/**
 * Where Headcount keeps its data, worked out without Electron so the CLI finds the same archive
 * as the app. Electron's userData is <appData>/<app name>, and the app name is the productName
 * in package.json ("Headcount").
 */
import { homedir } from 'node:os'
import { join, posix, win32 } from 'node:path'

export const APP_FOLDER_NAME = 'Headcount'

/** The archive's file name inside the data folder (the app's and the CLI's). */
export const ARCHIVE_FILE_NAME = 'headcount.sqlite'

export interface DataFolderContext {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  home: string
}

const here = (): DataFolderContext => ({
  platform: process.platform,
  env: process.env,
  home: homedir()
})

/** The folder Electron's app.getPath('userData') gives the installed app on this computer. */
export function appDataFolder(context: DataFolderContext = here()): string {
  const { platform, env, home } = context
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || win32.join(home, 'AppData', 'Roaming')
    return win32.join(appData, APP_FOLDER_NAME)
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
  }
  const config = env.XDG_CONFIG_HOME?.trim() || posix.join(home, '.config')
  return posix.join(config, APP_FOLDER_NAME)
}

export function archiveFileIn(folder: string): string {
  return join(folder, ARCHIVE_FILE_NAME)
}

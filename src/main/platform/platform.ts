/**
 * What the core needs from the operating system, as small interfaces. The Electron glue
 * implements them with Electron APIs; the CLI, tests and the browser preview with plain Node.
 */
export interface LinkOpener {
  /** Opens an already-vetted https link in the system browser. */
  openExternal(url: string): Promise<void>
}

export interface FileDialogs {
  /** Asks where to save; null when the person cancels. */
  chooseSaveLocation(options: { defaultFileName: string }): Promise<string | null>
  /** Opens a file manager on the file; false where there is none to open (the browser preview). */
  showInFolder(filePath: string): boolean
}

export interface AppPaths {
  /** Settings file folder. */
  userData: string
  logs: string
  /** Cached past-meeting data. */
  cache: string
}

export interface AppIdentity {
  name: string
  version: string
  shell: 'electron' | 'browser-preview'
  platform: string
}

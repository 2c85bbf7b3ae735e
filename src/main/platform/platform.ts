/**
 * What the core needs from the operating system, as small interfaces. The Electron glue
 * implements them with Electron APIs; the CLI, tests and the browser preview with plain Node.
 */
export interface LinkOpener {
  /** Opens an already-vetted https link in the system browser. */
  openExternal(url: string): Promise<void>
}

/** What a dialog offers to save or open: a CSV export (the default) or an archive backup. */
export type FileKind = 'csv' | 'archive'

export interface FileDialogs {
  /** Asks where to save; null when the person cancels. */
  chooseSaveLocation(options: { defaultFileName: string; kind?: FileKind }): Promise<string | null>
  /** Asks which file to open; null when the person cancels. */
  chooseFileToOpen(options: { kind: FileKind }): Promise<string | null>
  /** Opens a file manager on the file; false where there is none to open (the browser preview). */
  showInFolder(filePath: string): boolean
}

export interface AppPaths {
  /** Settings file folder. */
  userData: string
  logs: string
  /** Cached past-meeting data. */
  cache: string
  /** The attendance archive (headcount.sqlite in the data folder). */
  archiveFile: string
}

export interface AppIdentity {
  name: string
  version: string
  shell: 'electron' | 'browser-preview'
  platform: string
}

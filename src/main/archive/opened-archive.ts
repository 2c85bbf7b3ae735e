/**
 * The app's one archive: opened in the worker in the background at start, so the window never
 * waits for the quick check of a large file, and shared by everything that reads or writes it.
 * A failed open (a locked file, a newer version) is tried again on the next use. What happened
 * at open (a damaged file set aside, a new archive) is kept as notices until the admin
 * dismisses them.
 */
import { silentLogger, type Logger } from '../logging/logger'
import { storageFailure } from './archive-errors'
import type { Archive, ArchiveNotice } from './archive-types'
import { openSqliteArchive, type OpenArchiveOptions } from './sqlite-archive'

export interface OpenedArchive {
  readonly file: string
  /** Starts opening now without waiting (the app at start-up). */
  open(): void
  /** The open archive; starts opening it if nothing has yet. */
  get(): Promise<Archive>
  notices(): readonly ArchiveNotice[]
  /** For what the app does to the archive later (e.g. importing the old meeting cache). */
  addNotice(notice: ArchiveNotice): void
  dismissNotices(): void
  close(): Promise<void>
}

export function createOpenedArchive(
  file: string,
  options: OpenArchiveOptions & { logger?: Logger } = {}
): OpenedArchive {
  const logger = options.logger ?? silentLogger
  let opening: Promise<Archive> | null = null
  let notices: ArchiveNotice[] = []
  let closed = false

  const get = (): Promise<Archive> => {
    if (closed)
      return Promise.reject(storageFailure('The archive is closed.', 'Restart Headcount.'))
    opening ??= openSqliteArchive(file, options).then(
      (archive) => {
        notices = [...notices, ...archive.notices]
        if (archive.notices.length > 0) logger.info('Archive opened', { notices: archive.notices })
        return archive
      },
      (error: unknown) => {
        opening = null // a locked or unwritable file may be fine next time
        logger.warn('The archive could not be opened', { error })
        throw error
      }
    )
    return opening
  }

  return {
    file,
    open: () => void get().catch(() => undefined),
    get,
    notices: () => notices,
    addNotice: (notice) => void (notices = [...notices, notice]),
    dismissNotices: () => void (notices = []),
    async close() {
      closed = true
      const pending = opening
      opening = null
      if (pending) await pending.then((archive) => archive.close()).catch(() => undefined)
    }
  }
}

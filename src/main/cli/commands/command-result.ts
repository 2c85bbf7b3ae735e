import type { AppError } from '../../../shared/app-error'
import type { Archive } from '../../archive'
import type { Logger } from '../../logging/logger'
import type { ZoomClient } from '../../zoom'
import type { CliIo } from '../cli-io'
import type { CsvResult } from '../output'

/** What a command hands back: the CSV, notes for stderr, and whether it is incomplete. */
export interface CommandResult {
  /** Null for a command that prints no CSV (sync). */
  table: CsvResult | null
  notes: string[]
  /** Lines for stderr after the notes, as they are (a summary; --stats last). */
  epilogue?: string[]
  /** Set when some data could not be read; the CSV holds the rest and the exit code says so. */
  incomplete: AppError | null
}

/** What a command may use; an in-process test passes its own. */
export interface CommandContext {
  client: ZoomClient
  logger: Logger
  io: CliIo
  signal?: AbortSignal
  /** The archive (--archive, $HEADCOUNT_ARCHIVE or the app's), opened on first use. */
  archive: () => Promise<Archive>
  /** Whose rows in the archive: the app's profile for this Zoom account, or 'demo'. */
  archiveAccount: string
}

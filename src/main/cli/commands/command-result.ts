import type { AppError } from '../../../shared/app-error'
import type { Archive } from '../../archive'
import type { InstanceArchive } from '../../attendance/fetch'
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
}

/** What sync uses: Zoom, and the whole archive with the account it writes. */
export interface ArchiveContext extends CommandContext {
  /** --archive, $HEADCOUNT_ARCHIVE or the app's. */
  archive: Archive
  /** Whose rows: the app's profile for this Zoom account, or 'demo'. */
  archiveAccount: string
}

/** What the reading commands (attendance, rollup) use: the archive first, Zoom unless offline. */
export interface ReadingContext extends Omit<CommandContext, 'client'> {
  /** Null with --offline: nothing goes over the network. */
  client: ZoomClient | null
  /** This account's part of the archive; absent when it could not be opened (online only). */
  archive?: InstanceArchive
}

/** What the identity book commands (review, alias) use: the archive and account, no Zoom. */
export interface BookContext extends Omit<CommandContext, 'client'> {
  archive: Archive
  archiveAccount: string
}

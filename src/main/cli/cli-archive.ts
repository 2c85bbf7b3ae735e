import { AppFailure } from '../../shared/app-error'
import { openArchive, type Archive } from '../archive'
import { accountArchive, type InstanceArchive } from '../attendance/fetch'
import { toAppError } from '../attendance/fetch'
import type { Logger } from '../logging/logger'
import { appDataFolder, archiveFileIn } from '../platform/app-data-folder'
import type { CliIo } from './cli-io'
import { errorLine } from './exit-codes'

/** The archive a reading command uses, bound to the account it reads. */
export interface CliArchive {
  shelf: InstanceArchive
  /** Sentences about the file (set aside, created) for stderr. */
  notices: string[]
  close(): Promise<void>
}

/** `--archive FILE`, else `$HEADCOUNT_ARCHIVE`, else the app's own file in its data folder. */
export function archiveFile(flag: string | undefined, env: CliIo['env']): string {
  const chosen = flag?.trim() || env.HEADCOUNT_ARCHIVE?.trim()
  return chosen ? chosen : archiveFileIn(appDataFolder())
}

/** The archive's account: the demo is its own; credentials name their Zoom account. */
export function cliAccount(demo: boolean, env: CliIo['env']): string {
  if (demo) return 'demo'
  const accountId = env.ZOOM_ACCOUNT_ID?.trim()
  if (!accountId) {
    throw new AppFailure({
      code: 'invalid-input',
      message: "Headcount needs to know which Zoom account's archive to read.",
      remedy: 'Set ZOOM_ACCOUNT_ID to your Zoom account ID, or add --demo for the demo archive.'
    })
  }
  return `zoom-account-${accountId}`
}

/**
 * Opens the archive for `attendance` or `rollup`. Offline, an archive that can't be opened
 * fails the command (there is nothing else to read); online, Zoom answers alone and a note
 * says why the archive was not used.
 */
export async function openCliArchive(options: {
  file: string
  account: string
  offline: boolean
  logger: Logger
}): Promise<{ archive: CliArchive | null; notes: string[] }> {
  let archive: Archive
  try {
    archive = await openArchive(options.file)
  } catch (error) {
    if (options.offline) throw error
    options.logger.warn('Archive not opened; reading from Zoom only', { error })
    return {
      archive: null,
      notes: [`The archive was not used: ${errorLine(toAppError(error))} Reading from Zoom only.`]
    }
  }
  return {
    archive: {
      shelf: accountArchive(archive, options.account),
      notices: archive.notices.map((notice) => notice.message),
      close: () => archive.close()
    },
    notes: []
  }
}

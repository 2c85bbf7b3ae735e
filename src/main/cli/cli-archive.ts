/**
 * Which archive file the CLI uses and under which account: `--archive FILE`, else
 * $HEADCOUNT_ARCHIVE, else the app's own headcount.sqlite, so a scheduled `headcount sync`
 * fills the archive the app reads. Zoom credentials from the environment are matched to the
 * app's saved account with the same Zoom account ID, so both see one account's archive.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { AppFailure } from '../../shared/app-error'
import { openArchive, type Archive, type Retention } from '../archive'
import { accountArchive, toAppError, type InstanceArchive } from '../attendance/fetch'
import { DEMO_ACCOUNT } from '../attendance/use-cases/archive-settings'
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

function dataFolder(io: CliIo): string {
  const home = io.env.HOME?.trim() || io.env.USERPROFILE?.trim() || process.env.HOME || ''
  return appDataFolder({ platform: process.platform, env: io.env, home })
}

/** `--archive FILE`, else `$HEADCOUNT_ARCHIVE`, else the app's own file in its data folder. */
export function archiveFileFor(io: CliIo, flag: string | undefined): string {
  const chosen = flag?.trim() || io.env.HEADCOUNT_ARCHIVE?.trim()
  if (chosen) return resolve(io.cwd ?? process.cwd(), chosen)
  return archiveFileIn(dataFolder(io))
}

interface SavedSettings {
  profiles?: { id?: unknown; accountId?: unknown }[]
  archive?: { retention?: unknown }
}

/** The app's settings file, read only (and only what the CLI needs); null when absent or unreadable. */
function savedSettings(io: CliIo): SavedSettings | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataFolder(io), 'config.json'), 'utf8'))
    return typeof parsed === 'object' && parsed !== null ? (parsed as SavedSettings) : null
  } catch {
    return null
  }
}

/**
 * The archive's account: the demo is its own; credentials name their Zoom account, which is the
 * app's saved profile for that Zoom account when there is one.
 */
export function archiveAccountFor(io: CliIo, demo: boolean): string {
  if (demo) return DEMO_ACCOUNT
  const accountId = io.env.ZOOM_ACCOUNT_ID?.trim()
  if (!accountId) {
    throw new AppFailure({
      code: 'invalid-input',
      message: "Headcount needs to know which Zoom account's archive to use.",
      remedy: 'Set ZOOM_ACCOUNT_ID to your Zoom account ID, or add --demo for the demo archive.'
    })
  }
  const profile = savedSettings(io)?.profiles?.find((p) => p.accountId === accountId)
  return typeof profile?.id === 'string' && profile.id !== ''
    ? profile.id
    : `zoom-account-${accountId}`
}

/** The app's retention setting, so a scheduled sync prunes as the app would; else keep all. */
export function savedRetention(io: CliIo): Retention {
  const retention = savedSettings(io)?.archive?.retention as Partial<Retention> | undefined
  if (retention?.keep === 'months') {
    const months = (retention as { months?: unknown }).months
    if (typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 600) {
      return { keep: 'months', months }
    }
  }
  return { keep: 'forever' }
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

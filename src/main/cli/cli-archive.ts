/**
 * Which archive file the CLI uses and under which account: `--archive FILE`, else
 * $HEADCOUNT_ARCHIVE, else the app's own headcount.sqlite, so a scheduled `headcount sync`
 * fills the archive the app reads. Zoom credentials from the environment are matched to the
 * app's saved account with the same Zoom account ID, so both see one account's archive.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Retention } from '../archive'
import { DEMO_ACCOUNT } from '../attendance/use-cases/archive-settings'
import { appDataFolder, archiveFileIn } from '../platform/app-data-folder'
import type { CliIo } from './cli-io'

export function archiveFileFor(io: CliIo, option: string | undefined): string {
  const chosen = option?.trim() || io.env.HEADCOUNT_ARCHIVE?.trim()
  if (chosen) return resolve(io.cwd ?? process.cwd(), chosen)
  return archiveFileIn(appDataFolder({ platform: process.platform, env: io.env, home: home(io) }))
}

function home(io: CliIo): string {
  return io.env.HOME?.trim() || io.env.USERPROFILE?.trim() || process.env.HOME || ''
}

interface SavedSettings {
  profiles?: { id?: unknown; accountId?: unknown }[]
  archive?: { retention?: unknown }
}

/** The app's settings file, read only (and only what the CLI needs); null when absent or unreadable. */
function savedSettings(io: CliIo): SavedSettings | null {
  const folder = appDataFolder({ platform: process.platform, env: io.env, home: home(io) })
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8'))
    return typeof parsed === 'object' && parsed !== null ? (parsed as SavedSettings) : null
  } catch {
    return null
  }
}

/** The archive account: 'demo', the app's profile for this Zoom account, or one named after it. */
export function archiveAccountFor(io: CliIo, demo: boolean): string {
  if (demo) return DEMO_ACCOUNT
  const zoomAccount = io.env.ZOOM_ACCOUNT_ID?.trim() ?? ''
  const profile = savedSettings(io)?.profiles?.find((p) => p.accountId === zoomAccount)
  return typeof profile?.id === 'string' && profile.id !== '' ? profile.id : `zoom-${zoomAccount}`
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

import { existsSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { AppFailure } from '../../shared/app-error'
import type { Logger } from '../logging/logger'
import { fileTimestamp, writeFileAtomicSync } from '../files/atomic-file'
import { fileWriteFailure } from '../files/file-error-sentences'
import { resetNotice, type SettingsNotice, type SettingsResetReason } from './settings-notice'

/**
 * Copies of the settings file kept beside it, so nothing Headcount cannot use is ever lost:
 * an unusable file is moved aside whole, and a file about to be rewritten is copied first.
 */

export function storageFailure(message: string): AppFailure {
  return new AppFailure({
    code: 'storage',
    message,
    remedy: 'Check that your user account can read and write that folder, then restart Headcount.'
  })
}

/** `config.<label>-<time>.json`, or `…-2.json` and up when that name is taken. */
function freeSiblingPath(path: string, label: string, when: Date): string {
  const dir = dirname(path)
  const stem = `config.${label}-${fileTimestamp(when)}`
  let candidate = join(dir, `${stem}.json`)
  for (let n = 2; existsSync(candidate); n++) candidate = join(dir, `${stem}-${n}.json`)
  return candidate
}

/** Renames the unusable file next to itself (never deletes it) and builds the admin's notice. */
export function moveAside(
  path: string,
  reason: SettingsResetReason,
  when: Date,
  logger: Logger
): SettingsNotice {
  const backupPath = freeSiblingPath(path, 'corrupt', when)
  try {
    renameSync(path, backupPath)
  } catch {
    throw storageFailure(
      `Headcount could not move its damaged settings file aside in ${dirname(path)}.`
    )
  }
  logger.warn('Settings file could not be used; moved aside and starting fresh', {
    reason,
    backupPath
  })
  return resetNotice(reason, backupPath)
}

/** Keeps the exact bytes of the file before Headcount rewrites it (a migration or a repair). */
export function keepCopy(path: string, text: string, label: string, when: Date): string {
  const copyPath = freeSiblingPath(path, label, when)
  try {
    writeFileAtomicSync(copyPath, text)
  } catch (error) {
    throw fileWriteFailure(error, copyPath, 'headcount')
  }
  return copyPath
}

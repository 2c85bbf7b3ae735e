/**
 * The long jobs: forget an account, prune by age, compact, check, back up, check a backup before
 * a restore. They run in the archive worker on its own connection. Deletes go in chunks of
 * instances, each chunk its own transaction, so cancelling or a crash leaves whole instances and
 * progress can be shown.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { backup, type DatabaseSync } from 'node:sqlite'
import { tempPathFor } from '../../files/atomic-file'
import type { ArchiveStats } from '../archive-types'
import { newerFileFailure, storageFailure } from '../archive-errors'
import { inTransaction, openConnection, secureFiles } from './connection'
import { latestVersion, migrate, schemaVersion } from './migrate'

export interface JobControl {
  progress(done: number, total: number): void
  /** Throws a 'cancelled' failure once cancel was asked for. */
  checkCancelled(): void
}

const CHUNK = 20

function deleteInstances(db: DatabaseSync, ids: readonly number[], control: JobControl): number {
  const remove = db.prepare('DELETE FROM instances WHERE id = ?')
  let done = 0
  for (let k = 0; k < ids.length; k += CHUNK) {
    control.checkCancelled()
    inTransaction(db, () => {
      for (const id of ids.slice(k, k + CHUNK)) remove.run(id)
    })
    done = Math.min(ids.length, k + CHUNK)
    control.progress(done, ids.length)
  }
  return done
}

/** Every row of the account, then the account itself, then VACUUM gives the space back. */
export function forgetAccount(db: DatabaseSync, profileId: string, control: JobControl): void {
  const account = db.prepare('SELECT id FROM accounts WHERE profile_id = ?').get(profileId) as
    { id: number } | undefined
  if (account) {
    const ids = db.prepare('SELECT id FROM instances WHERE account_id = ?').all(account.id)
    deleteInstances(
      db,
      ids.map((r) => r.id as number),
      control
    )
    inTransaction(db, () => db.prepare('DELETE FROM accounts WHERE id = ?').run(account.id))
  }
  compact(db)
}

/** VACUUM writes the compacted file through the WAL; the checkpoint moves it in and empties it. */
function compact(db: DatabaseSync): void {
  db.exec('VACUUM')
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
}

/** Instances that started before the cutoff (one account, or all); unknown starts are kept. */
export function pruneBefore(
  db: DatabaseSync,
  cutoffMs: number,
  profileId: string | null,
  control: JobControl
): number {
  const ids = db
    .prepare(
      `SELECT id FROM instances WHERE start_ms < ?1 AND (?2 IS NULL OR account_id =
         (SELECT id FROM accounts WHERE profile_id = ?2))`
    )
    .all(cutoffMs, profileId)
  return deleteInstances(
    db,
    ids.map((r) => r.id as number),
    control
  )
}

export function integrityFindings(db: DatabaseSync): string[] {
  const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]
  const foreign = db.prepare('PRAGMA foreign_key_check').all()
  const findings = rows.map((r) => r.integrity_check)
  if (foreign.length > 0) findings.push(`${foreign.length} rows point at missing rows`)
  return findings.length === 1 && findings[0] === 'ok' ? ['ok'] : findings.filter((f) => f !== 'ok')
}

/** SQLite's online backup: a consistent copy even while the app or a sync writes. */
export async function backupInto(
  db: DatabaseSync,
  target: string,
  control: JobControl
): Promise<void> {
  // Into a temp file first, renamed at the end: a cancelled or failed backup leaves no half file.
  const temp = tempPathFor(target)
  try {
    await backup(db, temp, {
      rate: 256,
      progress: ({ totalPages, remainingPages }) => {
        control.progress(totalPages - remainingPages, totalPages)
        control.checkCancelled()
      }
    })
    secureFiles(temp)
    renameSync(temp, target)
  } finally {
    rmSync(temp, { force: true })
  }
}

/** Refuses a file that is not a sound archive this version can read. */
export function checkBackupFile(file: string): number {
  if (!existsSync(file)) {
    throw storageFailure(`The backup ${file} does not exist.`, 'Choose the backup file again.')
  }
  let db: DatabaseSync | null = null
  let version: number
  let findings: string[]
  try {
    db = openConnection(file, { readOnly: true })
    version = schemaVersion(db)
    findings = version > latestVersion ? [] : integrityFindings(db)
  } catch (error) {
    throw storageFailure(
      `The file ${file} is not a Headcount archive backup, or it is damaged (${(error as Error).message}).`,
      'Choose a file made with "Back up archive…". Your current archive was not changed.'
    )
  } finally {
    db?.close()
  }
  if (version > latestVersion) throw newerFileFailure(file, version, latestVersion)
  if (version === 0) {
    throw storageFailure(
      `The file ${file} is a database but not a Headcount archive.`,
      'Choose a file made with "Back up archive…". Your current archive was not changed.'
    )
  }
  if (findings[0] !== 'ok') {
    throw storageFailure(
      `The backup ${file} is damaged (${findings.slice(0, 2).join('; ')}), so it was not restored.`,
      'Choose another backup. Your current archive was not changed.'
    )
  }
  return version
}

/** Copies a checked backup into a temp file beside the archive, ready to be renamed in. */
export async function stageRestore(
  source: string,
  archiveFile: string,
  control: JobControl
): Promise<string> {
  checkBackupFile(source)
  const staged = tempPathFor(archiveFile)
  const from = openConnection(source, { readOnly: true })
  try {
    await backup(from, staged, {
      rate: 256,
      progress: ({ totalPages, remainingPages }) => {
        control.progress(totalPages - remainingPages, totalPages)
        control.checkCancelled()
      }
    })
  } catch (error) {
    rmSync(staged, { force: true })
    throw error
  } finally {
    from.close()
  }
  // An older backup is brought up to this version here, off the main thread, before the swap.
  const copy = openConnection(staged)
  try {
    migrate(copy)
    copy.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  } catch (error) {
    copy.close()
    rmSync(staged, { force: true })
    throw error
  }
  copy.close()
  secureFiles(staged)
  return staged
}

export function archiveStats(db: DatabaseSync, file: string): ArchiveStats {
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM accounts) AS accounts, count(*) AS instances,
         coalesce(sum(participant_rows), 0) AS participantRows,
         coalesce(sum(roster_rows), 0) AS rosterRows,
         min(start_ms) AS oldestStartMs, max(start_ms) AS newestStartMs FROM instances`
    )
    .get() as Omit<ArchiveStats, 'file' | 'bytes'>
  let bytes = 0
  for (const path of [file, `${file}-wal`]) if (existsSync(path)) bytes += statSync(path).size
  return { file, bytes, ...counts }
}

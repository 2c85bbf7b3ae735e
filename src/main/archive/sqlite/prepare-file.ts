/**
 * Everything that happens to the archive file before it is used: the folder must be writable, a
 * file that is not SQLite or fails the quick check is set aside (renamed, never deleted) and a new
 * archive started, a file from a newer Headcount is refused untouched, and migrations run.
 * Runs in the worker at open, because the quick check reads the whole file.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  closeSync,
  renameSync,
  statSync
} from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'
import type { ArchiveNotice } from '../archive-types'
import {
  describeArchiveError,
  isDamagedFileError,
  newerFileFailure,
  storageFailure
} from '../archive-errors'
import { fileTimestamp } from '../../files/atomic-file'
import { openConnection } from './connection'
import { latestVersion, migrate, schemaVersion } from './migrate'

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1')

type FileState = 'missing' | 'sqlite' | 'not-sqlite'

export function prepareArchiveFile(file: string, now = new Date()): ArchiveNotice[] {
  ensureWritableFolder(file)
  const notices: ArchiveNotice[] = []
  const state = fileState(file)
  if (state === 'not-sqlite') {
    const aside = setAside(file, 'not-sqlite', now)
    notices.push({
      kind: 'not-sqlite-set-aside',
      setAsidePath: aside,
      message: `The archive file was not a Headcount archive (it is not a SQLite database), so Headcount moved it to ${aside} and started a new, empty archive. Nothing was deleted.`
    })
  } else if (state === 'sqlite') {
    const problem = checkExisting(file)
    if (problem !== null) {
      const aside = setAside(file, 'damaged', now)
      notices.push({
        kind: 'damaged-set-aside',
        setAsidePath: aside,
        message: `The archive file was damaged (${problem}), so Headcount moved it to ${aside} and started a new, empty archive. Nothing was deleted: you can restore a backup with "Restore…".`
      })
    }
  }
  const created = !existsSync(file) || statSync(file).size === 0
  let db: DatabaseSync | null = null
  try {
    db = openConnection(file)
    migrate(db)
  } catch (error) {
    throw describeArchiveError(error, file, 'be opened')
  } finally {
    db?.close()
  }
  if (created && notices.length === 0) {
    notices.push({ kind: 'created', message: `A new, empty archive was created at ${file}.` })
  }
  return notices
}

function ensureWritableFolder(file: string): void {
  const folder = dirname(file)
  try {
    mkdirSync(folder, { recursive: true })
    accessSync(folder, constants.W_OK)
    if (existsSync(file)) accessSync(file, constants.R_OK | constants.W_OK)
  } catch (error) {
    throw describeArchiveError(error, file, 'be opened')
  }
}

function fileState(file: string): FileState {
  if (!existsSync(file) || statSync(file).size === 0) return 'missing'
  const head = Buffer.alloc(sqliteHeader.length)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  return head.equals(sqliteHeader) ? 'sqlite' : 'not-sqlite'
}

/**
 * Opens read-only, so that a refused file stays byte-identical. Returns null when the file is
 * usable, else what is wrong with it; throws for a newer file or a lock.
 */
function checkExisting(file: string): string | null {
  let db: DatabaseSync | null = null
  try {
    db = openConnection(file, { readOnly: true })
    const version = schemaVersion(db)
    if (version > latestVersion) throw newerFileFailure(file, version, latestVersion)
    const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[]
    const findings = rows.map((r) => r.quick_check)
    return findings.length === 1 && findings[0] === 'ok' ? null : findings.slice(0, 3).join('; ')
  } catch (error) {
    if (isDamagedFileError(error)) return (error as Error).message
    throw describeArchiveError(error, file, 'be opened')
  } finally {
    db?.close()
  }
}

/** Renames the file (and its -wal/-shm) beside itself; returns the new path of the main file. */
export function setAside(file: string, why: string, now: Date): string {
  const ext = extname(file)
  const stem = basename(file, ext)
  const aside = join(dirname(file), `${stem}.${why}-${fileTimestamp(now)}${ext || '.sqlite'}`)
  try {
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix)
    }
    renameSync(file, aside)
  } catch (error) {
    throw storageFailure(
      `The archive file ${file} is unusable and could not be moved aside (${(error as Error).message}).`,
      'Move or rename that file yourself, then start Headcount again.'
    )
  }
  return aside
}

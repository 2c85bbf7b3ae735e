/**
 * Turns what SQLite and the file system report into one plain sentence for an admin, with the
 * fix. Every archive failure that leaves this module is an AppFailure with code 'storage'.
 */
import { AppFailure, isAppFailure } from '../../shared/app-error'

interface SqliteLikeError {
  code?: string
  errcode?: number
  errstr?: string
  message?: string
}

// SQLite's primary result codes (the low byte of an extended code).
const SQLITE_PERM = 3
const SQLITE_BUSY = 5
const SQLITE_LOCKED = 6
const SQLITE_READONLY = 8
const SQLITE_IOERR = 10
const SQLITE_CORRUPT = 11
const SQLITE_FULL = 13
const SQLITE_CANTOPEN = 14
const SQLITE_NOTADB = 26

export function storageFailure(message: string, remedy?: string): AppFailure {
  return new AppFailure({ code: 'storage', message, ...(remedy ? { remedy } : {}) })
}

/** The SQLite primary result code of an error from node:sqlite, or null for anything else. */
export function sqliteCode(error: unknown): number | null {
  const e = error as SqliteLikeError
  return typeof e?.errcode === 'number' ? e.errcode & 0xff : null
}

export function isDamagedFileError(error: unknown): boolean {
  const code = sqliteCode(error)
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB
}

const unwritableCodes = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST'])

/** One sentence per bad condition; `file` is the archive's path, `doing` says what failed. */
export function describeArchiveError(error: unknown, file: string, doing: string): AppFailure {
  if (isAppFailure(error)) return error
  const fsCode = (error as { code?: string })?.code
  if (unwritableCodes.has(fsCode ?? '')) return unwritable(file, doing)
  if (fsCode === 'ENOSPC') return diskFull(file, doing)
  switch (sqliteCode(error)) {
    case SQLITE_FULL:
      return diskFull(file, doing)
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return storageFailure(
        `The archive could not ${doing}: another Headcount window or a scheduled "headcount sync" is writing to ${file}.`,
        'Wait for it to finish, then try again. Nothing was changed.'
      )
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return unwritable(file, doing)
    case SQLITE_IOERR:
      return storageFailure(
        `The archive could not ${doing}: the computer reported a read or write error on ${file}.`,
        'Check that the disk is connected and healthy, then try again. Nothing was changed.'
      )
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return storageFailure(
        `The archive could not ${doing}: ${file} is damaged.`,
        'Restart Headcount: it sets the damaged file aside and starts a new archive.'
      )
    default:
      return storageFailure(
        `The archive could not ${doing} (${(error as Error)?.message ?? String(error)}).`,
        'Try again; if it keeps happening, back up the archive and report the problem.'
      )
  }
}

function diskFull(file: string, doing: string): AppFailure {
  return storageFailure(
    `The archive could not ${doing}: the disk that holds ${file} is full.`,
    'Free some space on that disk, then try again. The archive still has everything stored before this.'
  )
}

function unwritable(file: string, doing: string): AppFailure {
  return storageFailure(
    `The archive could not ${doing}: Headcount is not allowed to write to ${file} or its folder.`,
    'Choose a folder you can write to, or fix the folder’s permissions, then try again.'
  )
}

export function newerFileFailure(file: string, fileVersion: number, known: number): AppFailure {
  return storageFailure(
    `The archive ${file} was written by a newer version of Headcount (archive format ${fileVersion}; this version reads up to ${known}), so it was not opened and has not been changed.`,
    'Update Headcount to the latest version to open it.'
  )
}

/**
 * Opens one connection to the archive file with the settings every connection needs: WAL so the
 * app and a CLI sync can share the file, foreign keys on, a busy timeout instead of failing at
 * once when the other one is writing, and owner-only file permissions.
 */
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'
import { PRIVATE_FILE_MODE } from '../../files/atomic-file'

/** How long a write waits for another connection's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000

export interface ConnectionOptions {
  readOnly?: boolean
  busyTimeoutMs?: number
}

export function openConnection(file: string, options: ConnectionOptions = {}): DatabaseSync {
  if (!options.readOnly) createPrivately(file)
  const db = new DatabaseSync(file, {
    readOnly: options.readOnly ?? false,
    enableForeignKeyConstraints: true,
    timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS
  })
  try {
    if (!options.readOnly) {
      db.exec('PRAGMA journal_mode = WAL')
      // NORMAL is safe from corruption in WAL mode and skips an fsync per commit.
      db.exec('PRAGMA synchronous = NORMAL')
      secureFiles(file)
    }
    // 64 MB of page cache: history and roll-up reads stay in memory on a large archive.
    db.exec('PRAGMA cache_size = -65536')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Creates the file with mode 0600 before SQLite does, which would use the umask (often 0644). */
function createPrivately(file: string): void {
  if (existsSync(file)) return
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE))
}

/** SQLite gives -wal and -shm the database's mode; set it anyway where the files exist. */
export function secureFiles(file: string): void {
  if (process.platform === 'win32') return
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE)
  }
}

/** Runs `work` in one transaction; any throw rolls everything back. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    db.exec('COMMIT')
    return result
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK')
    throw error
  }
}

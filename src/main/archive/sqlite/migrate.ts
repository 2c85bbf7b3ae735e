/** Brings a file up to the latest schema, one numbered migration per transaction. */
import type { DatabaseSync } from 'node:sqlite'
import { latestVersion, migrations, type Migration } from './migrations'

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number }
  return row.user_version
}

/** Returns the versions applied. The caller has already refused a file newer than latestVersion. */
export function migrate(db: DatabaseSync, all: readonly Migration[] = migrations): number[] {
  const applied: number[] = []
  for (const migration of all) {
    if (migration.version <= schemaVersion(db)) continue
    db.exec('BEGIN IMMEDIATE')
    try {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      if (migration.version > schemaVersion(db)) {
        db.exec(migration.sql)
        db.exec(`PRAGMA user_version = ${migration.version}`)
        applied.push(migration.version)
      }
      db.exec('COMMIT')
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK')
      throw error
    }
  }
  return applied
}

export { latestVersion }

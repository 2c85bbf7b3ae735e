/**
 * For an import larger than the archive itself (the first sync, the old JSON cache): the lookup
 * indexes are dropped, the rows stored, and the indexes built again from the table in one sorted
 * pass, which is several times faster than updating them row by row. All of it is one
 * transaction, so a crash or an error brings the indexes back with the old rows.
 */
import type { DatabaseSync } from 'node:sqlite'

const rawTables = ['participants', 'roster']

export function withDeferredIndexes<T>(db: DatabaseSync, work: () => T): T {
  if (!db.isTransaction) throw new Error('withDeferredIndexes needs an open transaction')
  // Primary-key indexes have no SQL and stay: they keep duplicates out during the import.
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY name`
    )
    .all(JSON.stringify(rawTables)) as { name: string; sql: string }[]
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`)
  try {
    return work()
  } finally {
    // Also after a cancel: the rows stored so far are committed with their indexes.
    if (db.isTransaction) for (const index of indexes) db.exec(index.sql)
  }
}

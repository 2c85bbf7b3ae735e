/**
 * Where bench:archive's ingest time goes, phase by phase, on the same synthetic rows: building
 * the lookup values and raw JSON in JS, storing the rows, building each lookup index, the commit
 * and the final checkpoint. It exists so an ingest change can be judged by the phase it targets
 * instead of by the whole figure, which the shared machine makes noisy.
 * Run: npx tsx test/bench/archive-ingest-phases.ts [rows]
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openArchive } from '../../src/main/archive'
import { openConnection } from '../../src/main/archive/sqlite/connection'
import {
  emailKey,
  nameKey,
  parseInstant,
  searchKey,
  text
} from '../../src/main/archive/sqlite/row-keys'
import { InstanceWriter } from '../../src/main/archive/sqlite/store-instance'
import { benchInstance } from './archive-data'

const totalRows = Number(process.argv[2] ?? 1_000_000)
const instanceCount = Math.ceil(totalRows / 500)
const inputs = Array.from({ length: instanceCount }, (_, i) => benchInstance(i, 500))
const mb = (file: string): string =>
  existsSync(file) ? (statSync(file).size / 1_048_576).toFixed(0) : '0'

function lap<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now()
  const value = work()
  return { ms: performance.now() - started, value }
}

// The JS share of storing: the same lookup values and raw text store-instance.ts computes.
const json = lap(() => inputs.reduce((n, i) => n + JSON.stringify(i.participants).length, 0))
const jsWork = lap(() => {
  let values = 0
  for (const input of inputs) {
    for (const row of input.participants as Record<string, unknown>[]) {
      const key = nameKey(row.name)
      const lookups = [emailKey(row.user_email), text(row.registrant_id), searchKey(key)]
      values += lookups.length + String(parseInstant(row.join_time)).length
      values += JSON.stringify(row).length
    }
  }
  return values
})

const folder = mkdtempSync(join(tmpdir(), 'archive-phases-'))
try {
  const file = join(folder, 'headcount.sqlite')
  await (await openArchive(file)).close()
  const db = openConnection(file)
  const writer = new InstanceWriter(db)
  db.exec('BEGIN IMMEDIATE')
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN ('participants', 'roster') ORDER BY name`
    )
    .all() as { name: string; sql: string }[]
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`)
  const store = lap(() => inputs.forEach((input) => writer.store(input)))
  const walAfterStore = mb(`${file}-wal`)
  const indexLaps = indexes.map((index) => ({
    name: index.name,
    ms: lap(() => db.exec(index.sql)).ms
  }))
  const indexMs = indexLaps.reduce((sum, index) => sum + index.ms, 0)
  const commit = lap(() => db.exec('COMMIT'))
  const walAfterCommit = mb(`${file}-wal`)
  const checkpoint = lap(() => db.exec('PRAGMA wal_checkpoint(TRUNCATE)'))
  db.close()
  const total = store.ms + indexMs + commit.ms + checkpoint.ms
  console.log(`index_ms ${indexLaps.map((i) => `${i.name}=${i.ms.toFixed(0)}`).join(' ')}`)
  console.log(
    `archive-phases rows=${inputs.length * 500} json_ms=${json.ms.toFixed(0)} ` +
      `js_keys_and_raw_ms=${jsWork.ms.toFixed(0)} store_rows_ms=${store.ms.toFixed(0)} ` +
      `index_ms=${indexMs.toFixed(0)} commit_ms=${commit.ms.toFixed(0)} checkpoint_ms=${checkpoint.ms.toFixed(0)} ` +
      `wal_mb_after_store=${walAfterStore} wal_mb_after_commit=${walAfterCommit} ` +
      `db_mb=${mb(file)} ingest_ms=${total.toFixed(0)}`
  )
} finally {
  rmSync(folder, { recursive: true, force: true })
}

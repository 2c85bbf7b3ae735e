/**
 * Archive benchmark (issue 15 targets), on 1,000,000 synthetic participant rows in ~2,000
 * instances with registrants. Run: npm run bench:archive [rows]
 * - ingest_ms: storing every instance (the import path: whole instances, a few dozen per
 *   transaction), up to the data being in the main file (final checkpoint included);
 * - json_ms: JSON.stringify of the same participant and registrant rows, the ratio anchor;
 * - history_p95_ms: p95 of one person's full history by email (200 different people);
 * - rollup_ms: a 26-instance roll-up read from the archive and computed by the engine.
 * The one-transaction-per-instance path that sync uses is timed too (new instances into the full
 * archive, then the same again as refreshes), and printed.
 * The last line is machine-read.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openArchive, type StoreInstanceInput } from '../../src/main/archive'
import { ArchiveDb } from '../../src/main/archive/sqlite/archive-db'
import { computeInstanceAttendance, rollUp } from '../../src/main/attendance/engine'
import { benchInstance, instancesPerSeries } from './archive-data'

const totalRows = Number(process.argv[2] ?? 1_000_000)
const rowsPerInstance = 500
const instanceCount = Math.ceil(totalRows / rowsPerInstance)
const targets = { ingestRatio: 3, historyMs: 20, rollupMs: 150 }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function timeJson(inputs: readonly StoreInstanceInput[]): number {
  const laps: number[] = []
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    let chars = 0
    for (const input of inputs) {
      chars += JSON.stringify(input.participants).length + JSON.stringify(input.registrants).length
    }
    laps.push(performance.now() - started)
    if (chars === 0) throw new Error('no rows')
  }
  return median(laps)
}

function rollUpFromArchive(core: ArchiveDb, uuids: readonly string[]): number {
  const started = performance.now()
  const computed = uuids.map((uuid) => {
    const archived = core.reads.readInstance('bench', uuid)!
    return computeInstanceAttendance({
      meeting: archived.detail,
      participants: archived.participants,
      registrants: archived.registrants,
      source: archived.source
    })
  })
  const result = rollUp(computed, 'matrix')
  const elapsed = performance.now() - started
  if (result.rows.length === 0) throw new Error('empty roll-up')
  return elapsed
}

async function main(): Promise<void> {
  console.log(`generating ${instanceCount} instances of ${rowsPerInstance} rows…`)
  const inputs = Array.from({ length: instanceCount }, (_, i) => benchInstance(i, rowsPerInstance))
  const rows = inputs.reduce((sum, input) => sum + input.participants.length, 0)
  const registrants = inputs.reduce((sum, input) => sum + (input.registrants?.length ?? 0), 0)
  const jsonMs = timeJson(inputs)

  const folder = mkdtempSync(join(tmpdir(), 'archive-bench-'))
  try {
    const file = join(folder, 'headcount.sqlite')
    await (await openArchive(file)).close() // creates and migrates, as the app does
    const core = ArchiveDb.open(file)

    const started = performance.now()
    const outcome = core.importInstances(inputs)
    core.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    const ingestMs = performance.now() - started
    if (outcome.stored !== inputs.length) throw new Error(`stored ${outcome.stored} instances`)

    // The sync path: one transaction per new instance, into the full archive.
    const sample = Array.from({ length: 50 }, (_, i) =>
      benchInstance(instanceCount + i, rowsPerInstance)
    )
    const syncStarted = performance.now()
    for (const input of sample) core.storeInstance(input)
    const perInstanceMs = (performance.now() - syncStarted) / sample.length
    const refreshStarted = performance.now()
    for (const input of sample) core.storeInstance(input) // "Refresh from Zoom": replaces
    const refreshMs = (performance.now() - refreshStarted) / sample.length

    // History: people who come back (a random email of a random instance), 200 lookups.
    const people = Array.from({ length: 200 }, (_, i) => {
      const input = inputs[(i * 7919) % inputs.length]
      const withEmail = input.participants.filter((r) => r.user_email)
      return String(withEmail[(i * 31) % withEmail.length].user_email)
    })
    for (const email of people.slice(0, 20)) core.reads.history('bench', { email }) // warm
    const historyLaps: number[] = []
    let historyRows = 0
    for (const email of people) {
      const t = performance.now()
      historyRows += core.reads.history('bench', { email }).length
      historyLaps.push(performance.now() - t)
    }

    // People search (issue 16 will build on it): prefixes of names and emails, 200 lookups.
    const prefixes = ['a', 'an', 'bo l', 'chen', 'dana n', 'emi', 'émile g', 'fe', 'gita.1', 'jon']
    const searchLaps: number[] = []
    for (let i = 0; i < 200; i++) {
      const t = performance.now()
      core.reads.searchPeople('bench', prefixes[i % prefixes.length], 50)
      searchLaps.push(performance.now() - t)
    }

    const series = inputs.slice(0, instancesPerSeries).map((input) => input.detail.uuid)
    rollUpFromArchive(core, series) // warm the engine, as in a running app
    const rollupMs = median([0, 1, 2].map(() => rollUpFromArchive(core, series)))
    core.close()

    const dbMb = statSync(file).size / 1_048_576
    const historyP95 = percentile(historyLaps, 95)
    const verdict = (ok: boolean): string => (ok ? 'MET' : 'NOT MET')
    console.log(
      `instances=${inputs.length} participant_rows=${rows} registrant_rows=${registrants} ` +
        `history_rows_avg=${(historyRows / people.length).toFixed(0)} ` +
        `store_ms_per_new_instance=${perInstanceMs.toFixed(1)} ` +
        `store_ms_per_refresh=${refreshMs.toFixed(1)} ` +
        `search_p95_ms=${percentile(searchLaps, 95).toFixed(1)} load_average=${loadavg()[0].toFixed(2)}`
    )
    console.log(
      `targets: ingest ≤ ${targets.ingestRatio} × json (${(ingestMs / jsonMs).toFixed(2)} ×) ` +
        `${verdict(ingestMs <= targets.ingestRatio * jsonMs)}; history p95 ≤ ${targets.historyMs} ms ` +
        `${verdict(historyP95 <= targets.historyMs)}; roll-up ≤ ${targets.rollupMs} ms ` +
        `${verdict(rollupMs <= targets.rollupMs)}`
    )
    console.log(
      `archive-bench rows=${rows} ingest_ms=${ingestMs.toFixed(0)} json_ms=${jsonMs.toFixed(0)} ` +
        `history_p95_ms=${historyP95.toFixed(1)} rollup_ms=${rollupMs.toFixed(1)} db_mb=${dbMb.toFixed(0)}`
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()

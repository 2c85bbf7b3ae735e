/**
 * Attendance benchmark (issue 5 targets): merge 100,000 participant rows ≤ 300 ms; write 100,000
 * CSV rows ≤ 1 s. Run: npx tsx test/bench/attendance-bench.ts [rows]
 * The last line is machine-read: attendance-bench rows=<n> merge_ms=<x> csv_ms=<y> json_ms=<z>
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  computeInstanceAttendance,
  rollUp,
  rollUpCsvTable,
  type InstanceAttendance
} from '../../src/main/attendance'
import { writeCsvFileAtomic } from '../../src/main/csv'
import { generateInstance } from './attendance-data'

const rows = Number(process.argv[2] ?? 100_000)
const mergeTargetMs = 300
const csvTargetMs = 1000

async function main(): Promise<void> {
  const data = generateInstance(rows, 42)
  // Warm the JIT on a smaller meeting so the figure is steady-state, as in a running app.
  const warm = generateInstance(10_000, 7)
  computeInstanceAttendance({ ...warm, source: 'report' })

  let started = performance.now()
  const result = computeInstanceAttendance({ ...data, source: 'report' })
  const mergeMs = performance.now() - started

  // Exactly `rows` CSV rows: the long roll-up of this meeting's weekly repeats.
  const repeats = Math.ceil(rows / result.people.length)
  const instances: InstanceAttendance[] = Array.from({ length: repeats }, (_, week) => ({
    ...result,
    meeting: {
      ...result.meeting,
      uuid: `week-${week}`,
      startMs: (result.meeting.startMs ?? 0) + week * 7 * 86_400_000
    }
  }))
  const long = rollUp(instances, 'long')
  if (long.layout === 'long') long.rows.length = rows

  const folder = mkdtempSync(join(tmpdir(), 'attendance-bench-'))
  try {
    const path = join(folder, 'attendance.csv')
    started = performance.now()
    const table = rollUpCsvTable(long)
    await writeCsvFileAtomic(path, table)
    const csvMs = performance.now() - started

    started = performance.now()
    const json = JSON.stringify(table.rows)
    const jsonMs = performance.now() - started

    started = performance.now()
    await writeCsvFileAtomic(path, rollUpCsvTable(long, { timeZone: 'America/New_York' }))
    const zoneMs = performance.now() - started

    console.log(
      `people=${result.people.length} registered=${result.summary.registered} ` +
        `attended=${result.summary.attended} partial=${result.summary.partial} ` +
        `csv_bytes=${statSync(path).size} json_bytes=${json.length}`
    )
    console.log(`csv in America/New_York: ${zoneMs.toFixed(1)} ms (informational)`)
    const mergeOk = mergeMs <= mergeTargetMs
    const csvOk = csvMs <= csvTargetMs
    console.log(
      `targets: merge ≤ ${mergeTargetMs} ms ${mergeOk ? 'MET' : 'NOT MET'}; ` +
        `csv ≤ ${csvTargetMs} ms ${csvOk ? 'MET' : 'NOT MET'}`
    )
    console.log(
      `attendance-bench rows=${rows} merge_ms=${mergeMs.toFixed(1)} csv_ms=${csvMs.toFixed(1)} json_ms=${jsonMs.toFixed(1)}`
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()

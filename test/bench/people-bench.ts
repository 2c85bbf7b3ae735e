/**
 * People benchmark (issue 16 targets), on the 1,000,000-row synthetic archive of bench:archive
 * plus a 40-session programme. Run: npm run bench:people [rows]
 * - search_p95_ms: people search as the screen does it (matches, then their shown names);
 * - person_p95_ms: one person's whole history computed by the engine (200 people);
 * - programme_ms: a programme over 40 sessions, every person judged by its rule.
 * The last line is machine-read.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openArchive } from '../../src/main/archive'
import { ArchiveDb } from '../../src/main/archive/sqlite/archive-db'
import { personHistory } from '../../src/main/people/person-history'
import { programmeReport } from '../../src/main/people/programmes'
import { benchInstance } from './archive-data'

const totalRows = Number(process.argv[2] ?? 1_000_000)
const rowsPerInstance = 500
const instanceCount = Math.ceil(totalRows / rowsPerInstance)
const programmeSessions = 40
const targets = { searchMs: 100, personMs: 50, programmeMs: 500 }

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const median = (values: number[]): number => percentile(values, 50)

async function main(): Promise<void> {
  console.log(`generating ${instanceCount} instances of ${rowsPerInstance} rows…`)
  const inputs = Array.from({ length: instanceCount }, (_, i) => benchInstance(i, rowsPerInstance))
  // The programme: 40 more sessions of one course, larger so about 2,000 people take part.
  const course = Array.from({ length: programmeSessions }, (_, i) => {
    const input = benchInstance(instanceCount + i, 1000)
    input.meeting = { ...input.meeting, id: '86000000000', topic: 'Bench course' }
    input.detail = { ...input.detail, id: 86000000000, uuid: `course-${i}==` }
    return input
  })
  const rows = [...inputs, ...course].reduce((n, input) => n + input.participants.length, 0)

  const folder = mkdtempSync(join(tmpdir(), 'people-bench-'))
  try {
    const file = join(folder, 'headcount.sqlite')
    const archive = await openArchive(file) // creates and migrates, as the app does
    const writer = ArchiveDb.open(file)
    const outcome = writer.importInstances([...inputs, ...course])
    writer.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    writer.close()
    if (outcome.stored !== inputs.length + course.length) throw new Error('import failed')
    console.log(`archived ${rows} participant rows`)

    const prefixes = ['a', 'an', 'bo l', 'chen', 'dana n', 'emi', 'émile g', 'fe', 'gita.1', 'jon']
    const search = async (prefix: string): Promise<number> => {
      const matches = await archive.searchPeople('bench', prefix, 50)
      return (await archive.personNames('bench', matches)).length
    }
    for (const prefix of prefixes) await search(prefix) // warm
    const searchLaps: number[] = []
    for (let i = 0; i < 200; i++) {
      const t = performance.now()
      await search(prefixes[i % prefixes.length])
      searchLaps.push(performance.now() - t)
    }

    const people = Array.from({ length: 200 }, (_, i) => {
      const input = inputs[(i * 7919) % inputs.length]
      const withEmail = input.participants.filter((r) => r.user_email)
      return String(withEmail[(i * 31) % withEmail.length].user_email)
    })
    for (const email of people.slice(0, 20)) await personHistory(archive, 'bench', { email }, 75)
    const personLaps: number[] = []
    let sessions = 0
    for (const email of people) {
      const t = performance.now()
      sessions += (await personHistory(archive, 'bench', { email }, 75))?.sessions.length ?? 0
      personLaps.push(performance.now() - t)
    }

    const definition = {
      name: 'Bench course',
      meetings: { kind: 'series' as const, meetingId: '86000000000' },
      rule: { kind: 'distinct' as const, minSessions: 6, minPercent: 50 }
    }
    let report = await programmeReport(archive, 'bench', definition) // warm
    const programmeLaps: number[] = []
    for (let run = 0; run < 3; run++) {
      const t = performance.now()
      report = await programmeReport(archive, 'bench', definition)
      programmeLaps.push(performance.now() - t)
    }
    await archive.close()
    if (report.instances !== programmeSessions) throw new Error(`${report.instances} sessions`)

    const searchP95 = percentile(searchLaps, 95)
    const personP95 = percentile(personLaps, 95)
    const programmeMs = median(programmeLaps)
    const verdict = (ok: boolean): string => (ok ? 'MET' : 'NOT MET')
    console.log(
      `person_sessions_avg=${(sessions / people.length).toFixed(1)} ` +
        `programme_people=${report.people.length} programme_sessions=${report.instances} ` +
        `completed=${report.counts.Completed} load_average=${loadavg()[0].toFixed(2)}`
    )
    console.log(
      `targets: search p95 ≤ ${targets.searchMs} ms ${verdict(searchP95 <= targets.searchMs)}; ` +
        `person p95 ≤ ${targets.personMs} ms ${verdict(personP95 <= targets.personMs)}; ` +
        `programme ≤ ${targets.programmeMs} ms ${verdict(programmeMs <= targets.programmeMs)}`
    )
    console.log(
      `people-bench rows=${rows} search_p95_ms=${searchP95.toFixed(1)} ` +
        `person_p95_ms=${personP95.toFixed(1)} programme_ms=${programmeMs.toFixed(0)}`
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()

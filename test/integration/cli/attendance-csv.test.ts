import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type QuirkTag, type RunningSimulator } from '../../../src/main/simulator'
import {
  parseCsv,
  runInProcess,
  simEnv,
  tempDir,
  type CliRun,
  removeTempDirs
} from './support/cli-harness'
import { canonical, expectedAttendance, instanceRegistrants } from './support/reference-attendance'

let sim: RunningSimulator
let env: Record<string, string>

beforeAll(async () => {
  // Business pacing and no latency keep this file fast; rate limits stay on.
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
  env = simEnv(sim, tempDir('attendance-logs'))
})
afterAll(async () => {
  await sim.close()
  removeTempDirs()
})

function uuidOf(tag: QuirkTag): string {
  const hit = sim.org.findQuirkMeeting(tag)
  const uuid = hit.instance?.uuid ?? hit.meeting.instances.at(-1)?.uuid
  if (!uuid) throw new Error(`no instance for ${tag}`)
  return uuid
}

async function attendance(ref: string, ...extra: string[]): Promise<CliRun> {
  const run = await runInProcess(['attendance', ref, '--plan', 'business', ...extra], env)
  // Only notes about the data may reach stderr (e.g. that nobody had to register).
  expect(run.stderr.split('\n').filter((line) => line && !line.startsWith('Note: '))).toEqual([])
  expect(run.code).toBe(0)
  return run
}

describe('headcount attendance matches an independent calculation', () => {
  it('the showcase instance: rejoins, two devices, waiting room, guests, no-shows, walk-ins', async () => {
    const uuid = uuidOf('showcase')
    const run = await attendance(uuid)
    const rows = parseCsv(run.stdout)
    const expected = expectedAttendance(sim, uuid)
    expect(canonical(rows)).toEqual(canonical(expected))

    // The instance really holds each quirk, so the comparison above covers them.
    const raw = sim.org.participants(uuid)
    const byPerson = (rowsOf: typeof raw): number =>
      new Set(rowsOf.map((r) => r.registrantId ?? r.email ?? r.name)).size
    expect(byPerson(raw.filter((r) => r.status === 'in_meeting'))).toBeLessThan(
      raw.filter((r) => r.status === 'in_meeting').length
    )
    expect(raw.some((r) => r.status === 'in_waiting_room')).toBe(true)
    expect(raw.some((r) => r.registrantId && r.email === '' && r.id === '')).toBe(true)
    expect(rows.some((r) => r.Status === 'Absent' && r.Registered === 'Yes')).toBe(true)
    expect(rows.some((r) => r.Registered === 'No' && r.Status !== 'Absent')).toBe(true)
    expect(rows.filter((r) => Number(r.Joins) > 1).length).toBeGreaterThanOrEqual(2)
  })

  it('guards formula-like names and keeps unicode names intact', async () => {
    const uuid = uuidOf('formula-names')
    const rows = parseCsv((await attendance(uuid)).stdout)
    const names = rows.map((r) => r.Name)
    expect(names).toEqual(expect.arrayContaining(["'=SUM(A1)", "'+1 555", "'@here", "'-x"]))
    expect(names).toEqual(expect.arrayContaining(['José Núñez', '李小龙', 'Zoë 🌟']))
    expect(names.some((name) => /^[=+\-@]/.test(name))).toBe(false)
  })

  it('reads UUIDs that start with / or hold //', async () => {
    for (const tag of ['slash-uuid', 'double-slash-uuid'] as const) {
      const uuid = uuidOf(tag)
      expect(uuid.startsWith('/') || uuid.includes('//')).toBe(true)
      const rows = parseCsv((await attendance(uuid)).stdout)
      expect(rows.length).toBeGreaterThan(0)
      expect(canonical(rows)).toEqual(canonical(expectedAttendance(sim, uuid)))
    }
  })

  it('reads every page of a meeting with more than 300 rows', async () => {
    const uuid = uuidOf('big-meeting')
    expect(sim.org.participants(uuid).length).toBeGreaterThan(300)
    expect(instanceRegistrants(sim, uuid).length).toBeGreaterThan(300)
    const rows = parseCsv((await attendance(uuid)).stdout)
    expect(canonical(rows)).toEqual(canonical(expectedAttendance(sim, uuid)))
  })

  it('lists approved, pending and denied registrants', async () => {
    const uuid = uuidOf('manual-approval')
    const rows = parseCsv((await attendance(uuid)).stdout)
    const statuses = new Set(rows.map((r) => r['Registration Status']))
    expect(statuses).toEqual(new Set(['approved', 'pending', 'denied', '']))
    expect(canonical(rows)).toEqual(canonical(expectedAttendance(sim, uuid)))
  })

  it('a numeric meeting id means the latest instance; threshold and time zone apply', async () => {
    const meeting = sim.org.findQuirkMeeting('no-registration').meeting
    const latest = meeting.instances.at(-1)
    if (!latest) throw new Error('no instance')
    const run = await attendance(String(meeting.id), '--threshold', '95', '--tz', 'Asia/Kolkata')
    const rows = parseCsv(run.stdout)
    expect(new Set(rows.map((r) => r['Meeting UUID'].replace(/^'/, '')))).toEqual(
      new Set([latest.uuid])
    )
    const expected = expectedAttendance(sim, latest.uuid, 95)
    const statuses = (list: Record<string, string>[]): string[] =>
      list.map((r) => `${r.Name}: ${r.Status}`).sort()
    expect(statuses(rows)).toEqual(statuses(expected))
    expect(Object.keys(rows[0] ?? {})).toContain('First Join (Asia/Kolkata)')
    expect(rows[0]?.['First Join (Asia/Kolkata)']).toMatch(/\+05:30$/)
  })
})

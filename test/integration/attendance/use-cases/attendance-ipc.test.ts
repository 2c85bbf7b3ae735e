import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InstanceAttendanceView } from '../../../../src/shared/ipc/contracts/attendance-contract'
import type { PastMeeting } from '../../../../src/shared/ipc/contracts/past-meetings-contract'
import { startSimulator } from '../../../../src/main/simulator'
import type { RunningSimulator } from '../../../../src/main/simulator'
import { connectedCore } from '../../../support/connected-core'

let sim: RunningSimulator

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0 })
})
afterAll(() => sim.close())

function data<T>(result: unknown): T {
  const r = result as { ok: boolean; data?: T; error?: unknown }
  if (!r.ok) throw new Error(`Expected success, got ${JSON.stringify(r.error)}`)
  return r.data as T
}

describe('past meetings and attendance over IPC', () => {
  it('lists a host’s past meetings over more than a month, once per instance', async () => {
    const { core } = await connectedCore(sim)
    const { meeting, instance } = sim.org.findQuirkMeeting('showcase')
    const host = sim.org.users.find((u) => u.id === meeting.hostId)!
    const to = new Date().toISOString().slice(0, 10)
    const from = new Date(Date.now() - 80 * 86_400_000).toISOString().slice(0, 10)
    const listed = data<{ meetings: PastMeeting[]; notes: string[] }>(
      await core.router.dispatch('meetings:list-past', { userId: host.email, from, to })
    )
    const uuids = listed.meetings.map((m) => m.uuid)
    expect(new Set(uuids).size).toBe(uuids.length)
    expect(uuids).toContain(instance!.uuid)
    expect(listed.notes.join(' ')).toMatch(/only one person/)
  })

  it('answers days before Zoom’s six months from the archive alone, and says so', async () => {
    const { core } = await connectedCore(sim)
    const before = sim.stats().requests
    const listed = data<{ meetings: PastMeeting[]; notes: string[]; offline: boolean }>(
      await core.router.dispatch('meetings:list-past', {
        userId: sim.org.users[0]!.email,
        from: '2020-01-01',
        to: '2020-01-31'
      })
    )
    expect(listed.meetings).toEqual([])
    expect(listed.offline).toBe(false)
    expect(listed.notes[0]).toMatch(/only go back six months.*archive on this computer/)
    expect(sim.stats().requests).toBe(before)
  })

  it('loads one row per person, recomputes without refetching, and exports a CSV', async () => {
    const saveDir = mkdtempSync(join(tmpdir(), 'headcount-export-'))
    const { core, shownInFolder } = await connectedCore(sim, { saveDir })
    const { instance } = sim.org.findQuirkMeeting('showcase')
    const first = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', { meeting: instance!.uuid })
    )
    expect(first.provenance.kind).toBe('live')
    // Onboarding registers people per occurrence: only this session's registrants count.
    const { meeting } = sim.org.findQuirkMeeting('showcase')
    const all = sim.org.registrants(meeting.id)
    const forSession = all.filter((r) => r.occurrenceId === instance!.occurrenceId)
    expect(forSession.length).toBeGreaterThan(0)
    expect(forSession.length).toBeLessThan(all.length)
    expect(first.summary.registered).toBe(
      new Set(forSession.map((r) => r.email.toLowerCase())).size
    )
    expect(first.people.length).toBeGreaterThan(3)
    expect(
      first.summary.waitingRoomOnly + first.summary.absent + first.summary.attended
    ).toBeGreaterThan(0)
    const person = first.people.find((p) => p.trail.length > 1)
    expect(person?.identityRule).toBeTruthy()

    const requests = sim.stats().requests
    const stricter = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', {
        meeting: instance!.uuid,
        thresholdPercent: 100
      })
    )
    expect(stricter.provenance.kind).toBe('archive')
    expect(sim.stats().requests).toBe(requests)
    expect(stricter.summary.attended).toBeLessThanOrEqual(first.summary.attended)

    const saved = data<{ saved: boolean; fileName: string; rows: number }>(
      await core.router.dispatch('attendance:export-csv', {
        meeting: instance!.uuid,
        thresholdPercent: 75,
        timeZone: 'America/New_York'
      })
    )
    expect(saved).toMatchObject({ saved: true, rows: first.people.length })
    const bytes = readFileSync(join(saveDir, saved.fileName))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(bytes.subarray(3).toString('utf8'), { columns: true }) as Record<
      string,
      string
    >[]
    expect(Object.keys(rows[0]!)).toContain('First Join (America/New_York)')
    expect(rows).toHaveLength(first.people.length)
    expect(data(await core.router.dispatch('files:show-last-export', undefined))).toEqual({
      shown: true,
      message: null
    })
    expect(shownInFolder).toEqual([join(saveDir, saved.fileName)])
  })

  it('reports a cancelled save as not saved, and an unknown zone in plain words', async () => {
    const { core } = await connectedCore(sim)
    const { instance } = sim.org.findQuirkMeeting('showcase')
    const cancelled = data(
      await core.router.dispatch('attendance:export-csv', {
        meeting: instance!.uuid,
        thresholdPercent: 75,
        timeZone: null
      })
    )
    expect(cancelled).toEqual({ saved: false, fileName: null, rows: 0 })
    const badZone = await core.router.dispatch('attendance:export-csv', {
      meeting: instance!.uuid,
      thresholdPercent: 75,
      timeZone: 'Mars/Olympus'
    })
    expect(badZone).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})

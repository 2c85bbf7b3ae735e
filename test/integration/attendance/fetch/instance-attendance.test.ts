import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../src/shared/app-error'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fetchInstanceAttendance } from '../../../../src/main/attendance/fetch'
import { meetingCacheHook } from '../../../../src/main/attendance/json-cache/account-caches'
import { createMeetingCache } from '../../../../src/main/attendance/json-cache/meeting-cache'
import {
  HEADCOUNT_SCOPES,
  startSimulator,
  type RunningSimulator
} from '../../../../src/main/simulator'
import { clientFor, memoryCache, showcaseUuid } from './support'

let sim: RunningSimulator

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
})
afterAll(() => sim.close())

describe('fetchInstanceAttendance', () => {
  it('falls back to past-meeting data without report scopes, and says so', async () => {
    const noReports = await startSimulator({
      latencyMs: 0,
      plan: 'business',
      scopes: HEADCOUNT_SCOPES.filter((scope) => !scope.startsWith('report:'))
    })
    try {
      const client = clientFor(noReports)
      const uuid = showcaseUuid(noReports)
      const fallback = await fetchInstanceAttendance(client, uuid)
      expect(fallback.meeting.source).toBe('past-participants')
      expect(fallback.notes.join(' ')).toMatch(
        /cannot read meeting reports.*Add the scope.*report:read/
      )
      const full = await fetchInstanceAttendance(clientFor(sim), showcaseUuid(sim))
      expect(full.meeting.source).toBe('report')
      expect(full.notes).toEqual([])
      // Same seed, same people: the fallback loses no one here.
      expect(fallback.people.map((p) => p.personId).sort()).toEqual(
        full.people.map((p) => p.personId).sort()
      )
    } finally {
      await noReports.close()
    }
  })

  it('caches ended meetings by UUID; the second fetch makes no Zoom calls', async () => {
    const client = clientFor(sim)
    const cache = memoryCache()
    const uuid = showcaseUuid(sim)
    const first = await fetchInstanceAttendance(client, uuid, { cache })
    expect(first.fromCache).toBe(false)
    expect([...cache.entries.keys()].sort()).toEqual(
      ['meeting-detail', 'registrants', 'report-participants'].map((k) => `${k}:${uuid}`)
    )
    const before = sim.stats().requests
    const second = await fetchInstanceAttendance(client, uuid, { cache, thresholdPercent: 50 })
    expect(sim.stats().requests).toBe(before)
    expect(second.fromCache).toBe(true)
    expect(second.people.length).toBe(first.people.length)
    expect(second.summary.attended).toBeGreaterThanOrEqual(first.summary.attended)
  })

  it("works with the app's file cache through meetingCacheHook", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headcount-cache-'))
    const cache = meetingCacheHook(createMeetingCache({ dir }), 'profile-1')
    const client = clientFor(sim)
    const uuid = sim.org.findQuirkMeeting('double-slash-uuid').instance?.uuid ?? ''
    const first = await fetchInstanceAttendance(client, uuid, { cache })
    const before = sim.stats().requests
    const second = await fetchInstanceAttendance(client, uuid, { cache })
    expect(sim.stats().requests).toBe(before)
    expect(second.fromCache).toBe(true)
    expect(second.people).toEqual(first.people)
    rmSync(dir, { recursive: true, force: true })
  })

  it('does not cache a meeting whose report is not ready, and explains the wait', async () => {
    const cache = memoryCache()
    const pending = sim.org.findQuirkMeeting('report-pending').meeting
    const error = await fetchInstanceAttendance(clientFor(sim), String(pending.id), {
      cache
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppFailure)
    expect((error as AppFailure).appError.code).toBe('report-not-ready')
    expect(cache.entries.size).toBe(0)
  })

  it('lists nobody for a one-person meeting, with a note instead of an error', async () => {
    const meeting = sim.org.findQuirkMeeting('one-person').meeting
    const result = await fetchInstanceAttendance(clientFor(sim), String(meeting.id))
    expect(result.people).toEqual([])
    expect(result.notes.join(' ')).toMatch(/fewer than two people/)
  })

  it('rejects a threshold outside 0-100 before calling Zoom', async () => {
    const before = sim.stats().requests
    await expect(
      fetchInstanceAttendance(clientFor(sim), showcaseUuid(sim), { thresholdPercent: 101 })
    ).rejects.toMatchObject({ appError: { code: 'invalid-input' } })
    expect(sim.stats().requests).toBe(before)
  })
})

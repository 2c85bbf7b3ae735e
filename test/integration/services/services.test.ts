import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppFailure } from '../../../src/shared/app-error'
import {
  fetchInstanceAttendance,
  fetchRollUp,
  listPastMeetingsForHost,
  listRollUpInstances,
  type AttendanceCache
} from '../../../src/main/services'
import {
  HEADCOUNT_SCOPES,
  startSimulator,
  type RunningSimulator
} from '../../../src/main/simulator'
import { createZoomClient, type ZoomClient } from '../../../src/main/zoom'

let sim: RunningSimulator

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
})
afterAll(() => sim.close())

function clientFor(target: RunningSimulator): ZoomClient {
  return createZoomClient({
    accountId: target.accountId,
    clientId: target.clientId,
    clientSecret: target.clientSecret,
    apiBaseUrl: target.apiBaseUrl,
    oauthUrl: target.oauthUrl,
    plan: 'business'
  })
}

function showcaseUuid(target: RunningSimulator): string {
  return target.org.findQuirkMeeting('showcase').instance?.uuid ?? ''
}

function memoryCache(): AttendanceCache & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>()
  return {
    entries,
    get: async (key) => structuredClone(entries.get(`${key.kind}:${key.meetingUuid}`) ?? null),
    put: async (key, data) => {
      entries.set(`${key.kind}:${key.meetingUuid}`, structuredClone(data))
    }
  }
}

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
      expect(fallback.notes.join(' ')).toMatch(/cannot read meeting reports/)
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

describe('fetchRollUp', () => {
  const recurring = (): { kind: 'recurring'; meetingId: string } => ({
    kind: 'recurring',
    meetingId: String(sim.org.findQuirkMeeting('no-registration').meeting.id)
  })

  it('keeps what was fetched when one instance fails, and names that instance', async () => {
    const client = clientFor(sim)
    const instances = sim.org.findQuirkMeeting('no-registration').meeting.instances
    const broken = instances[2]?.uuid ?? ''
    const flaky: ZoomClient = {
      ...client,
      getReportMeeting: (ref, options) =>
        ref === broken
          ? Promise.reject(
              new AppFailure({ code: 'zoom-unavailable', message: 'Zoom is having trouble.' })
            )
          : client.getReportMeeting(ref, options)
    }
    const progress: number[] = []
    const result = await fetchRollUp(flaky, recurring(), {
      onProgress: (done) => progress.push(done)
    })
    expect(result.failures).toHaveLength(1)
    expect(result.failures[0]?.meeting.uuid).toBe(broken)
    expect(result.failures[0]?.error.code).toBe('zoom-unavailable')
    expect(result.instances).toHaveLength(result.planned.length - 1)
    expect(result.instances.map((i) => i.meeting.uuid)).not.toContain(broken)
    expect(progress.at(-1)).toBe(result.planned.length)
  })

  it('stops starting new instances once cancelled, without throwing', async () => {
    const controller = new AbortController()
    const result = await fetchRollUp(clientFor(sim), recurring(), {
      signal: controller.signal,
      concurrency: 1,
      onProgress: (done) => {
        if (done === 2) controller.abort()
      }
    })
    expect(result.cancelled).toBe(true)
    expect(result.instances.length).toBe(2)
    expect(result.skipped.length).toBe(result.planned.length - 2)
    expect(result.failures).toEqual([])
  })

  it('stops after a failure every other instance would repeat (sign-in)', async () => {
    const client = clientFor(sim)
    let calls = 0
    const revoked: ZoomClient = {
      ...client,
      getReportMeeting: () => {
        calls++
        return Promise.reject(
          new AppFailure({ code: 'auth', message: "Zoom rejected Headcount's sign-in." })
        )
      }
    }
    const result = await fetchRollUp(revoked, recurring(), { concurrency: 1 })
    expect(calls).toBe(1)
    expect(result.stoppedBy?.code).toBe('auth')
    expect(result.skipped.length).toBe(result.planned.length - 1)
  })
})

describe('listRollUpInstances', () => {
  it("fills in instances Zoom's instance list leaves out from the host's report", async () => {
    const client = clientFor(sim)
    const meeting = sim.org.findQuirkMeeting('no-registration').meeting
    // Zoom documents /instances as covering only recent meetings: keep just the last three.
    const forgetful: ZoomClient = {
      ...client,
      listPastInstances: async (id, options) =>
        (await client.listPastInstances(id, options)).slice(-3)
    }
    const now = Date.now()
    const from = new Date(now - 60 * 86_400_000).toISOString().slice(0, 10)
    const to = new Date(now).toISOString().slice(0, 10)
    const refs = await listRollUpInstances(forgetful, {
      kind: 'recurring',
      meetingId: String(meeting.id),
      from,
      to
    })
    const expected = meeting.instances.filter(
      (i) => i.startTime >= Date.parse(`${from}T00:00:00Z`) && i.endTime <= now
    )
    expect(expected.length).toBeGreaterThan(5)
    expect(refs.map((r) => r.uuid)).toEqual(expected.map((i) => i.uuid))
  })
})

describe('listPastMeetingsForHost', () => {
  it('explains the six-month limit of Zoom reports before calling Zoom', async () => {
    const now = new Date('2026-11-23T12:00:00Z')
    const error = await listPastMeetingsForHost(clientFor(sim), 'me', '2026-04-01', '2026-06-01', {
      now: () => now
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppFailure)
    expect((error as AppFailure).appError).toMatchObject({
      code: 'invalid-input',
      remedy: 'Pick a start date on or after 2026-05-23.'
    })
  })

  it('walks month windows and lists each instance once, oldest first', async () => {
    const host = sim.org.findQuirkMeeting('no-registration').meeting.hostId
    const now = Date.now()
    const from = new Date(now - 95 * 86_400_000).toISOString().slice(0, 10)
    const to = new Date(now).toISOString().slice(0, 10)
    const meetings = await listPastMeetingsForHost(clientFor(sim), host, from, to)
    const uuids = meetings.map((m) => m.uuid)
    expect(new Set(uuids).size).toBe(uuids.length)
    const starts = meetings.map((m) => Date.parse(m.start_time ?? ''))
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    const expected = sim.org
      .meetingsHostedBy(host)
      .flatMap((m) => m.instances)
      .filter(
        (i) =>
          i.startTime >= Date.parse(`${from}T00:00:00Z`) &&
          i.endTime + 30 * 60_000 <= now &&
          sim.org.uniqueParticipantCount(i.uuid) >= 2
      )
    expect(uuids.sort()).toEqual(expected.map((i) => i.uuid).sort())
  })
})

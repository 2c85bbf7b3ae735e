import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../src/shared/app-error'
import {
  fetchRollUp,
  listPastMeetingsForHost,
  listRollUpInstances
} from '../../../../src/main/attendance/fetch'
import { startSimulator, type RunningSimulator } from '../../../../src/main/simulator'
import type { ZoomClient } from '../../../../src/main/zoom'
import { sampleInstance } from '../../../support/archive/sample-instances'
import { clientFor, useTestArchives } from './support'

let sim: RunningSimulator
const openTestArchive = useTestArchives()

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
})
afterAll(() => sim.close())

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

  it('fetches several instances at once, never more than asked, in the planned order', async () => {
    const client = clientFor(sim)
    let inFlight = 0
    let most = 0
    const order: string[] = []
    const counting: ZoomClient = {
      ...client,
      getReportMeeting: async (ref, options) => {
        order.push(String(ref))
        inFlight++
        most = Math.max(most, inFlight)
        try {
          return await client.getReportMeeting(ref, options)
        } finally {
          inFlight--
        }
      }
    }
    const result = await fetchRollUp(counting, recurring(), { concurrency: 3 })
    expect(result.planned.length).toBeGreaterThan(3)
    expect(result.instances).toHaveLength(result.planned.length)
    expect(most).toBe(3)
    expect(order).toEqual(result.planned.map((ref) => ref.uuid))
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
    const { refs } = await listRollUpInstances(forgetful, {
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

describe('roll-ups read the archive first', () => {
  const recurring = (): { kind: 'recurring'; meetingId: string } => ({
    kind: 'recurring',
    meetingId: String(sim.org.findQuirkMeeting('no-registration').meeting.id)
  })

  it('a second roll-up lists from Zoom but reads every session from the archive', async () => {
    const { shelf } = await openTestArchive()
    const client = clientFor(sim)
    const first = await fetchRollUp(client, recurring(), { archive: shelf })
    expect(first.instances.length).toBeGreaterThan(3)
    expect(first.instances.every((i) => i.provenance.kind === 'live')).toBe(true)
    const heavy = sim.stats().byCategory
    const second = await fetchRollUp(client, recurring(), { archive: shelf })
    const after = sim.stats().byCategory
    // Only the listing: GET /past_meetings/{id}/instances.
    expect(sum(after) - sum(heavy)).toBe(1)
    expect(second.instances.every((i) => i.provenance.kind === 'archive')).toBe(true)
    expect(second.instances.map((i) => i.people)).toEqual(first.instances.map((i) => i.people))
    // Offline: the archive alone plans and answers the same roll-up.
    const offline = await fetchRollUp(null, recurring(), { archive: shelf })
    expect(offline.offline).toBe(true)
    expect(offline.notes.join(' ')).toMatch(/Working offline/)
    expect(offline.instances.map((i) => i.meeting.uuid)).toEqual(
      first.instances.map((i) => i.meeting.uuid)
    )
    expect(sum(sim.stats().byCategory)).toBe(sum(after))
  })

  it("a host's roll-up includes archived meetings older than Zoom's six months", async () => {
    const { archive, shelf } = await openTestArchive()
    const now = new Date()
    const yearAgo = Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1, 17)
    const meeting = sim.org.findQuirkMeeting('no-registration').meeting
    const host = sim.org.users.find((u) => u.id === meeting.hostId)!
    await archive.storeInstance({
      ...sampleInstance({ account: 'profile-1', uuid: 'old-run==', startMs: yearAgo }),
      host: { zoomUserId: host.id, email: host.email }
    })
    const from = new Date(yearAgo - 86_400_000).toISOString().slice(0, 10)
    const to = now.toISOString().slice(0, 10)
    const rolled = await fetchRollUp(
      clientFor(sim),
      { kind: 'topic', userId: host.email.toUpperCase(), from, to, topicContains: 'ONBOARDING' },
      { archive: shelf }
    )
    expect(rolled.planned.map((ref) => ref.uuid)).toContain('old-run==')
    const old = rolled.instances.find((i) => i.meeting.uuid === 'old-run==')
    expect(old?.provenance).toMatchObject({ kind: 'archive' })
    expect(rolled.notes.join(' ')).toMatch(/only go back six months/)
  })
})

// #19.4: a range ending far in the future planned one listing call per month up to year 9999.
describe('ranges main accepts', () => {
  it('clamps the end to today: a range to 9999-12-31 lists no more months than up to today', async () => {
    const host = sim.org.findQuirkMeeting('no-registration').meeting.hostId
    const from = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10)
    const today = new Date().toISOString().slice(0, 10)
    const windows: number[] = []
    const before = sim.stats().requests
    const far = await listPastMeetingsForHost(clientFor(sim), host, from, '9999-12-31', {
      onProgress: (_done, total) => windows.push(total)
    })
    expect(windows[0]).toBeLessThanOrEqual(3)
    expect(sim.stats().requests - before).toBeLessThanOrEqual(6)
    const bounded = await listPastMeetingsForHost(clientFor(sim), host, from, today)
    expect(far.map((m) => m.uuid)).toEqual(bounded.map((m) => m.uuid))
  })

  it('refuses a range that starts after today, with a sentence, before any call', async () => {
    const before = sim.stats().requests
    const next = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
    await expect(
      listPastMeetingsForHost(clientFor(sim), 'me', next, '9999-12-31')
    ).rejects.toMatchObject({
      appError: { code: 'invalid-input', message: expect.stringMatching(/after today/) }
    })
    await expect(
      listRollUpInstances(clientFor(sim), {
        kind: 'recurring',
        meetingId: '123456789',
        from: next,
        to: next
      })
    ).rejects.toMatchObject({ appError: { code: 'invalid-input' } })
    expect(sim.stats().requests).toBe(before)
  })

  it('a recurring roll-up to 9999-12-31 reads the host report only up to today', async () => {
    const client = clientFor(sim)
    const meeting = sim.org.findQuirkMeeting('no-registration').meeting
    const forgetful: ZoomClient = {
      ...client,
      listPastInstances: async (id, options) =>
        (await client.listPastInstances(id, options)).slice(-2)
    }
    const from = new Date(Date.now() - 50 * 86_400_000).toISOString().slice(0, 10)
    const before = sim.stats().requests
    const { refs } = await listRollUpInstances(forgetful, {
      kind: 'recurring',
      meetingId: String(meeting.id),
      from,
      to: '9999-12-31'
    })
    expect(refs.length).toBeGreaterThan(2)
    expect(sim.stats().requests - before).toBeLessThanOrEqual(8)
  })
})

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0)
}

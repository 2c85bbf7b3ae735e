import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../src/shared/app-error'
import {
  fetchRollUp,
  listPastMeetingsForHost,
  listRollUpInstances
} from '../../../../src/main/attendance/fetch'
import { startSimulator, type RunningSimulator } from '../../../../src/main/simulator'
import type { ZoomClient } from '../../../../src/main/zoom'
import { clientFor } from './support'

let sim: RunningSimulator

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

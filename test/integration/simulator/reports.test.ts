import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type SimHarness } from '../../support/simulator-harness'

let h: SimHarness

beforeAll(async () => {
  h = await startHarness({ rateLimits: false, reportDelayMinutes: 30 })
})
afterAll(() => h.sim.close())

interface Row {
  name: string
  user_email: string
  duration: number
  join_time: string
  leave_time: string
  status: string
  registrant_id?: string
}

describe('report readiness', () => {
  it('answers 404/3001 until reportDelayMinutes after the end, then serves the report', async () => {
    const { meeting } = h.sim.org.findQuirkMeeting('report-pending')
    const ended = meeting.instances[0]?.endTime as number
    const notYet = await h.call(`/report/meetings/${meeting.id}/participants`)
    expect(notYet.status).toBe(404)
    expect(notYet.body).toEqual({ code: 3001, message: 'Meeting ID is invalid or not end.' })
    // The past-meeting summary exists as soon as the meeting ends.
    expect((await h.call(`/past_meetings/${meeting.id}`)).status).toBe(200)
    h.advance(ended + 30 * 60_000 - Date.parse('2026-11-20T12:00:00Z'))
    const ready = await h.call(`/report/meetings/${meeting.id}/participants`)
    expect(ready.status).toBe(200)
    h.token = await h.newToken()
  })

  it('answers 404/3001 for a meeting that is happening now', async () => {
    const { meeting } = h.sim.org.findQuirkMeeting('live')
    const response = await h.call(`/past_meetings/${meeting.id}`)
    expect(response.status).toBe(404)
    expect(response.body.code).toBe(3001)
  })
})

describe('report participants', () => {
  it('lists one row per session with durations in seconds, registrant_id only on request', async () => {
    const { meeting, instance } = h.sim.org.findQuirkMeeting('showcase')
    const uuid = encodeURIComponent(encodeURIComponent(instance?.uuid as string))
    const plain = await h.call(`/report/meetings/${uuid}/participants?page_size=300`)
    const rows = plain.body.participants as Row[]
    expect(rows.some((r) => 'registrant_id' in r)).toBe(false)
    for (const row of rows) {
      expect(row.duration).toBe((Date.parse(row.leave_time) - Date.parse(row.join_time)) / 1000)
      expect(['in_meeting', 'in_waiting_room']).toContain(row.status)
    }
    const withIds = await h.call(
      `/report/meetings/${uuid}/participants?page_size=300&include_fields=registrant_id`
    )
    const registered = (withIds.body.participants as Row[]).filter((r) => r.registrant_id)
    const known = new Set(h.sim.org.registrants(meeting.id).map((r) => r.id))
    expect(registered.length).toBeGreaterThan(0)
    for (const row of registered) expect(known.has(row.registrant_id as string)).toBe(true)
  })

  it('leaves one-person meetings out of reports and past participants', async () => {
    const { meeting } = h.sim.org.findQuirkMeeting('one-person')
    expect((await h.call(`/report/meetings/${meeting.id}`)).status).toBe(404)
    expect((await h.call(`/report/meetings/${meeting.id}/participants`)).body.code).toBe(3001)
    const past = await h.call(`/past_meetings/${meeting.id}/participants`)
    expect(past.status).toBe(200)
    expect(past.body.participants).toEqual([])
    const host = h.sim.org.findUser(meeting.hostId)
    const day = new Date(meeting.instances[0]?.startTime as number).toISOString().slice(0, 10)
    const report = await h.call(`/report/users/${host?.id}/meetings?from=${day}&to=${day}`)
    expect((report.body.meetings as { id: number }[]).map((m) => m.id)).not.toContain(meeting.id)
  })
})

describe('GET /report/users/{userId}/meetings', () => {
  it("lists the host's ended meetings with at least two participants in the range", async () => {
    const { meeting } = h.sim.org.findQuirkMeeting('recurring-registration')
    const response = await h.call(
      `/report/users/${meeting.hostId}/meetings?from=2026-10-25&to=2026-11-20&page_size=300`
    )
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      from: '2026-10-25',
      to: '2026-11-20',
      next_page_token: ''
    })
    const rows = response.body.meetings as { uuid: string; participants_count: number }[]
    expect(rows.map((r) => r.uuid)).toContain(h.sim.org.findQuirkMeeting('showcase').instance?.uuid)
    for (const row of rows) expect(row.participants_count).toBeGreaterThanOrEqual(2)
  })

  it.each([
    [
      '2026-09-01',
      '2026-10-15',
      'The date range between "from" and "to" can be at most one month.'
    ],
    ['2026-03-01', '2026-03-20', 'The "from" date can be at most six months ago.'],
    ['2026-11-10', '2026-11-01', 'The "to" date must be on or after the "from" date.']
  ])('rejects from=%s to=%s with a plain code 300 message', async (from, to, message) => {
    const response = await h.call(`/report/users/me/meetings?from=${from}&to=${to}`)
    expect(response.status).toBe(400)
    expect(response.body).toEqual({ code: 300, message })
  })

  it('reports missing dates as a validation failure', async () => {
    const response = await h.call('/report/users/me/meetings?to=2026-11-01')
    expect(response.body).toEqual({
      code: 300,
      message: 'Validation Failed.',
      errors: [{ field: 'from', message: 'Invalid field.' }]
    })
  })
})

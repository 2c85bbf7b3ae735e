import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateRequest } from '../../support/spec-validator'
import type { SimSetup } from './support'
import { startSimAndClient } from './support'

describe('Headcount Zoom client against the simulator', () => {
  let setup: SimSetup
  beforeAll(async () => {
    setup = await startSimAndClient({ size: { users: 650 } })
  })
  afterAll(async () => setup.sim.close())

  it('lists every user across pages, matching the account', async () => {
    const { client, sim } = setup
    const active = await client.listUsers('active').toArray()
    const expected = sim.org.users.filter((user) => user.status === 'active')
    expect(active.length).toBe(expected.length)
    expect(new Set(active.map((user) => user.email)).size).toBe(expected.length)
    expect(active.length).toBeGreaterThan(300)
    for (const status of ['inactive', 'pending'] as const) await client.listUsers(status).toArray()
  })

  it('calls every endpoint Headcount uses', async () => {
    const { client, sim } = setup
    const me = await client.getUser('me')
    expect(me.email).toBe(sim.org.users[0].email)
    const created = await client.createUser('create', {
      email: 'new.volunteer@example.org',
      type: 1,
      first_name: 'New'
    })
    expect(created.email).toBe('new.volunteer@example.org')
    const hostMeetings = await client.listUserMeetings(me.email, 'scheduled').toArray()
    expect(Array.isArray(hostMeetings)).toBe(true)
    const meeting = await client.createMeeting(me.email, {
      topic: 'Volunteer meetup',
      type: 2,
      start_time: '2026-12-01T17:00:00Z',
      duration: 60,
      timezone: 'UTC',
      settings: { approval_type: 0 }
    })
    expect(meeting.id).toBeTypeOf('number')
    expect((await client.getMeeting(meeting.id ?? 0)).topic).toBe('Volunteer meetup')

    const workshop = sim.org.findQuirkMeeting('manual-approval').meeting
    const counts: Record<string, number> = {}
    for (const status of ['approved', 'pending', 'denied'] as const) {
      counts[status] = (await client.listRegistrants(workshop.id, status).toArray()).length
    }
    const all = sim.org.registrants(workshop.id)
    expect(counts.approved + counts.pending + counts.denied).toBe(all.length)
    expect(counts.pending).toBeGreaterThan(0)

    const onboarding = sim.org.findQuirkMeeting('showcase')
    const uuid = onboarding.instance?.uuid ?? ''
    expect((await client.getPastMeeting(uuid)).uuid).toBe(uuid)
    expect((await client.getPastMeeting(onboarding.meeting.id)).id).toBe(onboarding.meeting.id)
    const instances = await client.listPastInstances(onboarding.meeting.id)
    expect(instances.map((instance) => instance.uuid)).toContain(uuid)
    const past = await client.listPastParticipants(uuid).toArray()
    expect(past.length).toBeGreaterThan(0)

    const reports = await client.listReportMeetings(me.email, '2026-11-01', '2026-11-20').toArray()
    expect(Array.isArray(reports)).toBe(true)
    expect((await client.getReportMeeting(uuid)).uuid).toBe(uuid)
    const rows = await client.listReportParticipants(uuid, { includeRegistrantId: true }).toArray()
    expect(rows).toHaveLength(sim.org.participants(uuid).length)
    expect(rows.some((row) => row.registrant_id && !row.user_email)).toBe(true)
  })

  it('reads a big meeting (more than 300 rows) completely', async () => {
    const { client, sim } = setup
    const big = sim.org.findQuirkMeeting('big-meeting')
    const uuid = big.instance?.uuid ?? big.meeting.instances[0].uuid
    const rows = await client.listReportParticipants(uuid).toArray()
    expect(rows.length).toBe(sim.org.participants(uuid).length)
    expect(rows.length).toBeGreaterThan(300)
  })

  it('reaches UUIDs with "/" and "//" (double-encoded)', async () => {
    const { client, sim } = setup
    for (const tag of ['slash-uuid', 'double-slash-uuid'] as const) {
      const uuid = sim.org.findQuirkMeeting(tag).instance?.uuid ?? ''
      expect(uuid).toMatch(/^\/|\/\//)
      expect((await client.getPastMeeting(uuid)).uuid).toBe(uuid)
      const rows = await client.listReportParticipants(uuid).toArray()
      // Every row the simulator holds for that instance, so the path really reached it.
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.length).toBe(sim.org.participants(uuid).length)
    }
  })

  it('sends only requests that are valid against the spec', () => {
    const { sent } = setup
    expect(sent.length).toBeGreaterThan(15)
    const templatesUsed = new Set(sent.map((request) => `${request.method} ${request.template}`))
    expect(templatesUsed.size).toBe(13)
    for (const request of sent) {
      const result = validateRequest(request.method, request.template, {
        path: request.pathParams,
        query: request.query,
        body: request.body
      })
      expect(result.errors, `${request.method} ${request.template}`).toEqual([])
    }
  })
})

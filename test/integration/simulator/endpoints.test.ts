import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type SimHarness } from '../../support/simulator-harness'

let h: SimHarness

beforeAll(async () => {
  h = await startHarness({ rateLimits: false })
})
afterAll(() => h.sim.close())

describe('users', () => {
  it('filters by status; pending users have no id yet', async () => {
    const pending = await h.call('/users?status=pending&page_size=300')
    const expected = h.sim.org.users.filter((u) => u.status === 'pending').length
    expect(pending.body.total_records).toBe(expected)
    for (const user of pending.body.users as Record<string, unknown>[]) {
      expect(user).not.toHaveProperty('id')
      expect(user.status).toBe('pending')
    }
    const active = await h.call('/users')
    expect((active.body.users as { status: string }[]).every((u) => u.status === 'active')).toBe(
      true
    )
  })

  it('finds a user by id, by email and as me; unknown users get 404/1001', async () => {
    const owner = h.sim.org.users[0]
    for (const key of [owner?.id, owner?.email, 'me']) {
      const { status, body } = await h.call(`/users/${encodeURIComponent(key as string)}`)
      expect(status).toBe(200)
      expect(body.id).toBe(owner?.id)
    }
    const missing = await h.call('/users/nobody@example.org')
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      code: 1001,
      message: 'User does not exist: nobody@example.org.'
    })
  })

  it('creates users, refuses a used email with 409/1005 and bad fields with 300', async () => {
    const created = await h.call('/users', {
      method: 'POST',
      body: {
        action: 'custCreate',
        user_info: { email: 'new.volunteer@riverbend-alliance.org', type: 1, first_name: 'Zoë' }
      }
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      email: 'new.volunteer@riverbend-alliance.org',
      type: 1,
      first_name: 'Zoë'
    })
    expect((await h.call(`/users/${created.body.id as string}`)).body.status).toBe('active')
    const again = await h.call('/users', {
      method: 'POST',
      body: {
        action: 'create',
        user_info: { email: 'new.volunteer@riverbend-alliance.org', type: 1 }
      }
    })
    expect(again.status).toBe(409)
    expect(again.body).toEqual({
      code: 1005,
      message: 'Email "new.volunteer@riverbend-alliance.org" has already been used.'
    })
    const invalid = await h.call('/users', {
      method: 'POST',
      body: { action: 'invite', user_info: { email: 'not-an-email', type: 7 } }
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body).toEqual({
      code: 300,
      message: 'Validation Failed.',
      errors: [
        { field: 'action', message: 'Invalid field.' },
        { field: 'user_info.email', message: 'Invalid field.' },
        { field: 'user_info.type', message: 'Invalid field.' }
      ]
    })
  })
  it('creates users straight away only in a domain the account manages (400/1116)', async () => {
    for (const action of ['autoCreate', 'custCreate']) {
      const outside = await h.call('/users', {
        method: 'POST',
        body: { action, user_info: { email: `${action}@Gmail.example`, type: 1 } }
      })
      expect(outside.status).toBe(400)
      expect(outside.body).toEqual({
        code: 1116,
        message: `Email address ${action}@Gmail.example doesn't match limited domains: riverbend-alliance.org`
      })
      const inside = await h.call('/users', {
        method: 'POST',
        body: { action, user_info: { email: `${action}.x@Riverbend-Alliance.org`, type: 1 } }
      })
      expect(inside.status).toBe(201)
    }
    // An invitation goes anywhere: the person confirms their own address.
    const invited = await h.call('/users', {
      method: 'POST',
      body: { action: 'create', user_info: { email: 'guest@gmail.example', type: 1 } }
    })
    expect(invited.status).toBe(201)
  })

  it('allows user type 99 only for ssoCreate and checks password length', async () => {
    const post = (body: unknown) => h.call('/users', { method: 'POST', body })
    const none = await post({
      action: 'create',
      user_info: { email: 'sso.person@example.org', type: 99 }
    })
    expect((none.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'user_info.type'
    ])
    expect(
      (
        await post({
          action: 'ssoCreate',
          user_info: { email: 'sso.person@example.org', type: 99 }
        })
      ).status
    ).toBe(201)
    const short = await post({
      action: 'autoCreate',
      user_info: { email: 'auto@example.org', type: 1, password: 'short' }
    })
    expect((short.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'user_info.password'
    ])
  })
})

describe('meetings', () => {
  it("filters a host's meetings by type", async () => {
    const live = h.sim.org.findQuirkMeeting('live').meeting
    const upcoming = h.sim.org.findQuirkMeeting('upcoming-registration').meeting
    const ids = async (hostId: string, type: string): Promise<number[]> =>
      (
        (await h.call(`/users/${hostId}/meetings?type=${type}&page_size=300`)).body.meetings as {
          id: number
        }[]
      ).map((m) => m.id)
    expect(await ids(live.hostId, 'live')).toEqual([live.id])
    expect(await ids(upcoming.hostId, 'upcoming')).toContain(upcoming.id)
    expect(await ids(upcoming.hostId, 'previous_meetings')).not.toContain(upcoming.id)
    const onboarding = h.sim.org.findQuirkMeeting('recurring-registration').meeting
    expect(await ids(onboarding.hostId, 'previous_meetings')).toContain(onboarding.id)
    expect(await ids(onboarding.hostId, 'scheduled')).toContain(onboarding.id)
    expect((await h.call('/users/me/meetings?type=past')).status).toBe(400)
  })

  it('creates a recurring meeting with registration: occurrences and registration_url', async () => {
    const created = await h.call('/users/me/meetings', {
      method: 'POST',
      body: {
        topic: 'Volunteer Onboarding (Spanish)',
        type: 8,
        start_time: '2026-12-01T18:00:00',
        timezone: 'America/New_York',
        duration: 60,
        recurrence: { type: 2, repeat_interval: 1, weekly_days: '3', end_times: 4 },
        settings: { approval_type: 0, waiting_room: true }
      }
    })
    expect(created.status).toBe(201)
    expect(created.body.start_url).toMatch(/^https:\/\//)
    expect(created.body.join_url).toMatch(/^https:\/\//)
    expect(created.body.registration_url).toMatch(/^https:\/\//)
    expect(created.body).not.toHaveProperty('uuid')
    const occurrences = created.body.occurrences as { start_time: string }[]
    expect(occurrences.map((o) => o.start_time)).toEqual([
      '2026-12-01T23:00:00Z',
      '2026-12-08T23:00:00Z',
      '2026-12-15T23:00:00Z',
      '2026-12-22T23:00:00Z'
    ])
    const fetched = await h.call(`/meetings/${created.body.id as number}`)
    expect(fetched.body).toMatchObject({
      topic: 'Volunteer Onboarding (Spanish)',
      status: 'waiting',
      type: 8
    })
  })

  it('gives no registration_url without registration and validates the body', async () => {
    const plain = await h.call('/users/me/meetings', {
      method: 'POST',
      body: { topic: 'Board call', type: 2, start_time: '2026-12-03T17:00:00Z', duration: 45 }
    })
    expect(plain.status).toBe(201)
    expect(plain.body).not.toHaveProperty('registration_url')
    const noTime = await h.call('/users/me/meetings', {
      method: 'POST',
      body: { topic: 'Chat room', type: 3 }
    })
    expect(noTime.status).toBe(201)
    expect(noTime.body).not.toHaveProperty('start_time')
    const bad = await h.call('/users/me/meetings', {
      method: 'POST',
      body: { type: 8, start_time: 'tomorrow', password: 'far too long password' }
    })
    expect(bad.status).toBe(400)
    expect((bad.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'password',
      'start_time',
      'recurrence'
    ])
  })

  it('reports a live meeting as started and unknown ids as 404/3001', async () => {
    const live = h.sim.org.findQuirkMeeting('live').meeting
    expect((await h.call(`/meetings/${live.id}`)).body.status).toBe('started')
    const missing = await h.call('/meetings/12345678901')
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      code: 3001,
      message: 'Meeting 12345678901 is not found or has expired.'
    })
  })
})

describe('registrants', () => {
  it('defaults to approved; pending and denied must be asked for', async () => {
    const { meeting } = h.sim.org.findQuirkMeeting('manual-approval')
    const counts: Record<string, number> = {}
    for (const status of ['approved', 'pending', 'denied']) {
      const { body } = await h.call(
        `/meetings/${meeting.id}/registrants?status=${status}&page_size=300`
      )
      counts[status] = body.total_records as number
      expect((body.registrants as { status: string }[]).every((r) => r.status === status)).toBe(
        true
      )
    }
    const byDefault = await h.call(`/meetings/${meeting.id}/registrants?page_size=300`)
    expect(byDefault.body.total_records).toBe(counts.approved)
    expect((counts.pending ?? 0) + (counts.denied ?? 0)).toBeGreaterThan(0)
  })

  it('answers code 300 for a meeting without registration', async () => {
    const { meeting } = h.sim.org.findQuirkMeeting('no-registration')
    const response = await h.call(`/meetings/${meeting.id}/registrants`)
    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      code: 300,
      message: `This meeting has not set registration as required: ${meeting.id}.`
    })
  })

  it('filters registrants by occurrence_id', async () => {
    const { meeting, instance } = h.sim.org.findQuirkMeeting('showcase')
    const { body } = await h.call(
      `/meetings/${meeting.id}/registrants?occurrence_id=${instance?.occurrenceId}&page_size=300`
    )
    const expected = h.sim.org
      .registrants(meeting.id)
      .filter((r) => r.occurrenceId === instance?.occurrenceId && r.status === 'approved')
    expect(body.total_records).toBe(expected.length)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  doubleEncode,
  startHarness,
  type SimHarness,
  type SimResponse
} from '../../support/simulator-harness'
import { validateRequest, validateResponse } from '../../support/spec-validator'

/**
 * Every response the simulator gives for Headcount's endpoints, successes and errors, must match
 * Zoom's official OpenAPI spec (quirks: test/support/spec-quirks.ts).
 */
interface Case {
  label: string
  method: 'GET' | 'POST'
  template: string
  url: string
  body?: unknown
  expectStatus: number
}

let h: SimHarness
const cases: Case[] = []

function add(
  label: string,
  method: Case['method'],
  template: string,
  url: string,
  expectStatus: number,
  body?: unknown
): void {
  cases.push({
    label,
    method,
    template,
    url,
    expectStatus,
    ...(body !== undefined ? { body } : {})
  })
}

beforeAll(async () => {
  h = await startHarness({ rateLimits: false })
  const org = h.sim.org
  const owner = org.users[0]?.id as string
  const pendingEmail = org.users.find((u) => u.status === 'pending')?.email as string
  const showcase = org.findQuirkMeeting('showcase')
  const slash = doubleEncode(org.findQuirkMeeting('slash-uuid').instance?.uuid as string)
  const onePerson = org.findQuirkMeeting('one-person').meeting.id
  const noReg = org.findQuirkMeeting('no-registration').meeting.id
  const manual = org.findQuirkMeeting('manual-approval').meeting.id
  const pending = org.findQuirkMeeting('report-pending').meeting.id
  const type3 = org.findQuirkMeeting('no-fixed-time').meeting.id

  for (const status of ['active', 'inactive', 'pending'])
    add(`users ${status}`, 'GET', '/users', `/users?status=${status}&page_size=300`, 200)
  add('users bad token', 'GET', '/users', '/users?next_page_token=nope', 400)
  add('user me', 'GET', '/users/{userId}', '/users/me', 200)
  add('pending user', 'GET', '/users/{userId}', `/users/${encodeURIComponent(pendingEmail)}`, 200)
  add('user missing', 'GET', '/users/{userId}', '/users/ghost@example.org', 404)
  add('create user', 'POST', '/users', '/users', 201, {
    action: 'create',
    user_info: { email: 'conformance@example.org', type: 2, first_name: 'José', last_name: 'Núñez' }
  })
  add('create user again', 'POST', '/users', '/users', 409, {
    action: 'create',
    user_info: { email: 'conformance@example.org', type: 2 }
  })
  add('create user invalid', 'POST', '/users', '/users', 400, {
    action: 'create',
    user_info: { email: 'x', type: 2 }
  })
  for (const type of ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings']) {
    add(
      `meetings ${type}`,
      'GET',
      '/users/{userId}/meetings',
      `/users/${owner}/meetings?type=${type}&page_size=300`,
      200
    )
  }
  add(
    'meetings of ghost',
    'GET',
    '/users/{userId}/meetings',
    '/users/ghost@example.org/meetings',
    404
  )
  add('create type 2', 'POST', '/users/{userId}/meetings', '/users/me/meetings', 201, {
    topic: 'Food bank shift',
    type: 2,
    start_time: '2026-12-05T15:00:00Z',
    duration: 120,
    settings: { approval_type: 1 }
  })
  add('create type 8', 'POST', '/users/{userId}/meetings', '/users/me/meetings', 201, {
    topic: 'Weekly sync',
    type: 8,
    start_time: '2026-12-05T15:00:00Z',
    duration: 30,
    recurrence: { type: 1, repeat_interval: 2, end_times: 5 }
  })
  add('create type 3', 'POST', '/users/{userId}/meetings', '/users/me/meetings', 201, {
    topic: 'Open room',
    type: 3
  })
  add('create invalid', 'POST', '/users/{userId}/meetings', '/users/me/meetings', 400, { type: 5 })
  add(
    'meeting recurring',
    'GET',
    '/meetings/{meetingId}',
    `/meetings/${showcase.meeting.id}?show_previous_occurrences=true`,
    200
  )
  add('meeting type 3', 'GET', '/meetings/{meetingId}', `/meetings/${type3}`, 200)
  add('meeting missing', 'GET', '/meetings/{meetingId}', '/meetings/11111111111', 404)
  for (const status of ['approved', 'pending', 'denied'])
    add(
      `registrants ${status}`,
      'GET',
      '/meetings/{meetingId}/registrants',
      `/meetings/${manual}/registrants?status=${status}&page_size=300`,
      200
    )
  add(
    'registrants none',
    'GET',
    '/meetings/{meetingId}/registrants',
    `/meetings/${noReg}/registrants`,
    400
  )
  add(
    'past meeting id',
    'GET',
    '/past_meetings/{meetingId}',
    `/past_meetings/${showcase.meeting.id}`,
    200
  )
  add('past meeting slash', 'GET', '/past_meetings/{meetingId}', `/past_meetings/${slash}`, 200)
  add(
    'past meeting single-encoded',
    'GET',
    '/past_meetings/{meetingId}',
    `/past_meetings/${encodeURIComponent(org.findQuirkMeeting('slash-uuid').instance?.uuid as string)}`,
    404
  )
  add(
    'instances',
    'GET',
    '/past_meetings/{meetingId}/instances',
    `/past_meetings/${showcase.meeting.id}/instances`,
    200
  )
  add(
    'instances missing',
    'GET',
    '/past_meetings/{meetingId}/instances',
    '/past_meetings/11111111111/instances',
    404
  )
  add(
    'past participants',
    'GET',
    '/past_meetings/{meetingId}/participants',
    `/past_meetings/${showcase.meeting.id}/participants?page_size=300`,
    200
  )
  add(
    'past participants one person',
    'GET',
    '/past_meetings/{meetingId}/participants',
    `/past_meetings/${onePerson}/participants`,
    200
  )
  add(
    'report user meetings',
    'GET',
    '/report/users/{userId}/meetings',
    `/report/users/${showcase.meeting.hostId}/meetings?from=2026-10-25&to=2026-11-20&page_size=300`,
    200
  )
  add(
    'report user meetings range',
    'GET',
    '/report/users/{userId}/meetings',
    '/report/users/me/meetings?from=2026-01-01&to=2026-11-20',
    400
  )
  add('report meeting', 'GET', '/report/meetings/{meetingId}', `/report/meetings/${slash}`, 200)
  add(
    'report meeting not ended',
    'GET',
    '/report/meetings/{meetingId}',
    `/report/meetings/${pending}`,
    404
  )
  add(
    'report participants',
    'GET',
    '/report/meetings/{meetingId}/participants',
    `/report/meetings/${doubleEncode(showcase.instance?.uuid as string)}/participants?page_size=300&include_fields=registrant_id`,
    200
  )
  add(
    'report participants big',
    'GET',
    '/report/meetings/{meetingId}/participants',
    `/report/meetings/${org.findQuirkMeeting('big-meeting').meeting.id}/participants?page_size=300`,
    200
  )
  addWebinarCases(h)
})
afterAll(() => h.sim.close())

/** Every webinar endpoint: successes, Zoom's errors, and the no-webinar-licence answer. */
function addWebinarCases(harness: SimHarness): void {
  const w = harness.sim.org.webinars
  const showcase = w.findQuirk('webinar-showcase')
  const series = showcase.webinar
  const uuid = doubleEncode(showcase.instance?.uuid as string)
  const slash = w.findQuirk('webinar-slash-uuid').instance?.uuid as string
  const training = w.findQuirk('webinar-manual-approval').webinar.id
  const big = w.findQuirk('webinar-big').webinar.id
  const open = w.findQuirk('webinar-no-registration').webinar
  const free = w.unlicensedHost()?.id as string
  const list = '/users/{userId}/webinars'
  for (const type of ['scheduled', 'upcoming'])
    add(`webinars ${type}`, 'GET', list, `/users/${series.hostId}/webinars?type=${type}`, 200)
  add('webinars no licence', 'GET', list, `/users/${free}/webinars`, 400)
  add('webinars of ghost', 'GET', list, '/users/ghost@example.org/webinars', 404)
  add('webinars bad type', 'GET', list, `/users/${series.hostId}/webinars?type=live`, 400)
  const one = '/webinars/{webinarId}'
  add('webinar', 'GET', one, `/webinars/${series.id}?show_previous_occurrences=true`, 200)
  add('webinar one-off', 'GET', one, `/webinars/${training}`, 200)
  add('webinar missing', 'GET', one, '/webinars/11111111111', 404)
  const registrants = '/webinars/{webinarId}/registrants'
  for (const status of ['approved', 'pending', 'denied'])
    add(
      `webinar registrants ${status}`,
      'GET',
      registrants,
      `/webinars/${training}/registrants?status=${status}&page_size=300`,
      200
    )
  add(
    'webinar registrants big',
    'GET',
    registrants,
    `/webinars/${big}/registrants?page_size=300`,
    200
  )
  add('webinar registrants none', 'GET', registrants, `/webinars/${open.id}/registrants`, 400)
  add(
    'panelists',
    'GET',
    '/webinars/{webinarId}/panelists',
    `/webinars/${series.id}/panelists`,
    200
  )
  const instances = '/past_webinars/{webinarId}/instances'
  add('webinar instances', 'GET', instances, `/past_webinars/${series.id}/instances`, 200)
  add('webinar instances missing', 'GET', instances, '/past_webinars/11111111111/instances', 404)
  const past = '/past_webinars/{webinarId}/participants'
  add('webinar participants', 'GET', past, `/past_webinars/${uuid}/participants?page_size=300`, 200)
  add('webinar participants id', 'GET', past, `/past_webinars/${series.id}/participants`, 200)
  add(
    'webinar participants single-encoded',
    'GET',
    past,
    `/past_webinars/${encodeURIComponent(slash)}/participants`,
    404
  )
  const absentees = '/past_webinars/{WebinarUUID}/absentees'
  add('absentees', 'GET', absentees, `/past_webinars/${uuid}/absentees?page_size=300`, 200)
  add(
    'absentees no registration',
    'GET',
    absentees,
    `/past_webinars/${doubleEncode(open.instances[0]?.uuid as string)}/absentees`,
    400
  )
  add(
    'report webinar',
    'GET',
    '/report/webinars/{webinarId}',
    `/report/webinars/${doubleEncode(slash)}`,
    200
  )
  add(
    'report webinar missing',
    'GET',
    '/report/webinars/{webinarId}',
    '/report/webinars/11111111111',
    404
  )
  const report = '/report/webinars/{webinarId}/participants'
  add(
    'report webinar participants',
    'GET',
    report,
    `/report/webinars/${uuid}/participants?page_size=300&include_fields=registrant_id`,
    200
  )
  add(
    'report webinar participants big',
    'GET',
    report,
    `/report/webinars/${big}/participants?page_size=300`,
    200
  )
}

async function send(c: Case, token?: string): Promise<SimResponse> {
  return h.call(c.url, {
    method: c.method,
    ...(c.body !== undefined ? { body: c.body } : {}),
    ...(token ? { token } : {})
  })
}

describe('simulator responses conform to the Zoom OpenAPI spec', () => {
  it('validates every success and error response', async () => {
    const failures: string[] = []
    for (const c of cases) {
      const response = await send(c)
      if (response.status !== c.expectStatus)
        failures.push(`${c.label}: expected ${c.expectStatus}, got ${response.status}`)
      const result = validateResponse(c.method, c.template, response.status, response.body)
      if (!result.valid) failures.push(`${c.label}: ${result.errors.join('; ')}`)
    }
    expect(failures).toEqual([])
    expect(cases.length).toBeGreaterThan(60)
  })

  it('validates auth, scope, rate-limit and fault errors on every endpoint', async () => {
    const narrow = await startHarness({ scopes: ['nothing:read'] })
    try {
      const failures: string[] = []
      const templates = new Map(cases.map((c) => [`${c.method} ${c.template}`, c]))
      for (const c of templates.values()) {
        const unauthorized = await send(c, 'expired-or-unknown')
        const scoped = await narrow.call(c.url, {
          method: c.method,
          ...(c.body !== undefined ? { body: c.body } : {})
        })
        h.sim.faults.force429Burst(1)
        const limited = await send(c)
        for (const [response, status] of [
          [unauthorized, 401],
          [scoped, 400],
          [limited, 429]
        ] as const) {
          if (response.status !== status)
            failures.push(`${c.label}: expected ${status}, got ${response.status}`)
          const result = validateResponse(c.method, c.template, response.status, response.body)
          if (!result.valid) failures.push(`${c.label} ${status}: ${result.errors.join('; ')}`)
        }
      }
      expect(failures).toEqual([])
    } finally {
      await narrow.sim.close()
    }
  })
})

describe('the validator can fail', () => {
  it('rejects a renamed field, a wrong type and an undocumented status', async () => {
    const response = await h.call(
      `/report/meetings/${doubleEncode(h.sim.org.findQuirkMeeting('showcase').instance?.uuid as string)}/participants`
    )
    const rows = response.body.participants as Record<string, unknown>[]
    expect(
      validateResponse('GET', '/report/meetings/{meetingId}/participants', 200, response.body).valid
    ).toBe(true)
    const wrongStatus = {
      ...response.body,
      participants: rows.map((r) => ({ ...r, status: 'joined' }))
    }
    expect(
      validateResponse('GET', '/report/meetings/{meetingId}/participants', 200, wrongStatus).valid
    ).toBe(false)
    const wrongType = { ...response.body, total_records: String(response.body.total_records) }
    expect(
      validateResponse(
        'GET',
        '/report/meetings/{meetingId}/participants',
        200,
        wrongType
      ).errors.join()
    ).toMatch(/total_records/)
    expect(
      validateResponse('GET', '/report/meetings/{meetingId}/participants', 201, response.body).valid
    ).toBe(false)
    const user = (await h.call('/users/me')).body
    const { email, ...renamed } = user
    expect(
      validateResponse('GET', '/users/{userId}', 200, { ...renamed, e_mail: email }).errors.join()
    ).toMatch(/email/)
    expect(validateResponse('GET', '/users/{userId}', 404, { error: 'nope' }).valid).toBe(false)
  })

  it('catches a renamed field or a wrong status in webinar responses', async () => {
    const w = h.sim.org.webinars
    const uuid = doubleEncode(w.findQuirk('webinar-showcase').instance?.uuid as string)
    const absentees = (await h.call(`/past_webinars/${uuid}/absentees`)).body
    const template = '/past_webinars/{WebinarUUID}/absentees'
    expect(validateResponse('GET', template, 200, absentees).valid).toBe(true)
    const people = absentees.registrants as Record<string, unknown>[]
    const renamed = {
      ...absentees,
      registrants: people.map(({ email, ...rest }) => ({ ...rest, e_mail: email }))
    }
    expect(validateResponse('GET', template, 200, renamed).errors.join()).toMatch(/email/)
    const absent = { ...absentees, registrants: people.map((r) => ({ ...r, status: 'absent' })) }
    expect(validateResponse('GET', template, 200, absent).valid).toBe(false)

    const rows = (await h.call(`/report/webinars/${uuid}/participants`)).body
    const report = '/report/webinars/{webinarId}/participants'
    expect(validateResponse('GET', report, 200, rows).valid).toBe(true)
    const joined = {
      ...rows,
      participants: (rows.participants as Record<string, unknown>[]).map((r) => ({
        ...r,
        status: 'joined'
      }))
    }
    expect(validateResponse('GET', report, 200, joined).valid).toBe(false)

    const webinar = (await h.call(`/webinars/${w.findQuirk('webinar-series').webinar.id}`)).body
    expect(validateResponse('GET', '/webinars/{webinarId}', 200, webinar).valid).toBe(true)
    // A meeting type (8) where Zoom sends a webinar type (5, 6 or 9).
    expect(
      validateResponse('GET', '/webinars/{webinarId}', 200, { ...webinar, type: 8 }).valid
    ).toBe(false)
    // An undocumented status on an endpoint, and an error body that is not Zoom's.
    expect(validateResponse('GET', '/webinars/{webinarId}/panelists', 201, {}).valid).toBe(false)
    expect(
      validateResponse('GET', '/webinars/{webinarId}/panelists', 400, { error: 'no plan' }).valid
    ).toBe(false)
  })

  it('checks requests too: query params, path params and bodies', () => {
    expect(
      validateRequest('GET', '/report/users/{userId}/meetings', {
        path: { userId: 'me' },
        query: { from: '2026-11-01', to: '2026-11-20', page_size: 300 }
      }).valid
    ).toBe(true)
    expect(
      validateRequest('GET', '/report/users/{userId}/meetings', { query: { to: '2026-11-20' } })
        .errors
    ).toContain('query from is required')
    expect(validateRequest('GET', '/users', { query: { status: 'gone' } }).valid).toBe(false)
    expect(validateRequest('GET', '/users', { query: { colour: 'red' } }).valid).toBe(false)
    // Quirk list-webinars-next-page-token: accepted there, and only that one extra parameter.
    expect(
      validateRequest('GET', '/users/{userId}/webinars', {
        path: { userId: 'me' },
        query: { type: 'upcoming', page_size: 300, next_page_token: 'abc' }
      }).valid
    ).toBe(true)
    expect(
      validateRequest('GET', '/users/{userId}/webinars', {
        query: { next_page_token: 'abc', colour: 'red' }
      }).errors
    ).toEqual(['query colour is not in the spec'])
    expect(
      validateRequest('GET', '/webinars/{webinarId}/panelists', {
        query: { next_page_token: 'abc' }
      }).valid
    ).toBe(false)
    expect(
      validateRequest('GET', '/webinars/{webinarId}/registrants', {
        path: { webinarId: '92633685154' },
        query: { status: 'absent' }
      }).valid
    ).toBe(false)
    expect(
      validateRequest('GET', '/past_meetings/{meetingId}', { path: { meetingId: '85746065' } })
        .valid
    ).toBe(true)
    expect(
      validateRequest('POST', '/users', {
        body: { action: 'create', user_info: { email: 'a@b.org', type: 1 } }
      }).valid
    ).toBe(true)
    expect(
      validateRequest('POST', '/users', { body: { user_info: { email: 'a@b.org' } } }).valid
    ).toBe(false)
    expect(
      validateRequest('POST', '/users/{userId}/meetings', {
        body: { type: 8, recurrence: { type: 2, weekly_days: '2,4' } }
      }).valid
    ).toBe(true)
  })
})

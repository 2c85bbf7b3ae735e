import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type SimHarness } from '../../support/simulator-harness'

describe('per-second limits (free plan: Light 4/s)', () => {
  let h: SimHarness
  beforeAll(async () => {
    h = await startHarness({ plan: 'free' })
  })
  afterAll(() => h.sim.close())

  it('answers 429 with Zoom headers once the second is used up, then recovers', async () => {
    const statuses: number[] = []
    let limited: Awaited<ReturnType<SimHarness['call']>> | undefined
    for (let i = 0; i < 5; i += 1) {
      const response = await h.call('/users/me')
      statuses.push(response.status)
      if (response.status === 429) limited = response
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429])
    expect(limited?.body).toEqual({
      code: 429,
      message: 'You have reached the maximum per-second rate limit for this API. Try again later.'
    })
    expect(limited?.headers.get('x-ratelimit-category')).toBe('Light')
    expect(limited?.headers.get('x-ratelimit-type')).toBe('QPS')
    expect(limited?.headers.get('x-ratelimit-limit')).toBe('4')
    expect(limited?.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    h.advance(1000)
    const next = await h.call('/users/me')
    expect(next.status).toBe(200)
    expect(next.headers.get('x-ratelimit-category')).toBe('Light')
    expect(next.headers.get('x-ratelimit-type')).toBe('Daily-limit')
    expect(next.headers.get('x-ratelimit-limit')).toBe('6000')
    expect(h.sim.stats().r429).toBe(1)
  })

  it('refuses report endpoints on the free plan with code 200', async () => {
    h.advance(1000)
    const response = await h.call('/report/meetings/123')
    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      code: 200,
      message: `Only available for paid account: ${h.sim.accountId}`
    })
  })
})

describe('forced bursts and daily caps (pro plan)', () => {
  let h: SimHarness
  beforeAll(async () => {
    h = await startHarness({ plan: 'pro', rateLimits: false })
  })
  afterAll(() => h.sim.close())

  it('force429Burst answers the next calls of that category with 429', async () => {
    h.sim.faults.force429Burst(2, 'Heavy')
    expect((await h.call('/users/me')).status).toBe(200)
    const meetingId = h.sim.org.findQuirkMeeting('showcase').meeting.id
    const first = await h.call(`/report/meetings/${meetingId}`)
    const second = await h.call(`/report/meetings/${meetingId}`)
    const third = await h.call(`/report/meetings/${meetingId}`)
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200])
    expect(first.headers.get('x-ratelimit-category')).toBe('Heavy')
  })

  it("caps meeting creation at 100 per host per day with Zoom's exact message, reset at 00:00 UTC", async () => {
    const body = {
      topic: 'Shift briefing',
      type: 2,
      start_time: '2026-12-01T15:00:00Z',
      duration: 30
    }
    for (let i = 0; i < 100; i += 1)
      expect((await h.call('/users/me/meetings', { method: 'POST', body })).status).toBe(201)
    const refused = await h.call('/users/me/meetings', { method: 'POST', body })
    expect(refused.status).toBe(429)
    expect(refused.body).toEqual({
      code: 429,
      message:
        'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.'
    })
    expect(refused.headers.get('retry-after')).toBe('2026-11-21T00:00:00Z')
    // Another host is not affected.
    const other = h.sim.org.users.find(
      (u) => u.status === 'active' && u.id !== h.sim.org.users[0]?.id
    )
    expect((await h.call(`/users/${other?.id}/meetings`, { method: 'POST', body })).status).toBe(
      201
    )
    h.advance(12 * 3_600_000)
    h.token = await h.newToken()
    expect((await h.call('/users/me/meetings', { method: 'POST', body })).status).toBe(201)
  })
})

describe('user invite cap', () => {
  it('limits action=create to 50 a day on the free plan', async () => {
    const h = await startHarness({ plan: 'free', rateLimits: false })
    try {
      const invite = (n: number) =>
        h.call('/users', {
          method: 'POST',
          body: { action: 'create', user_info: { email: `volunteer${n}@example.org`, type: 1 } }
        })
      for (let n = 0; n < 50; n += 1) expect((await invite(n)).status).toBe(201)
      const refused = await invite(50)
      expect(refused.status).toBe(429)
      expect(refused.body.message).toBe(
        'You have exceeded the daily rate limit (50) of user invite requests permitted for this account. You may resume these requests at GMT 00:00:00.'
      )
    } finally {
      await h.sim.close()
    }
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type SimHarness } from '../../support/simulator-harness'

let h: SimHarness

beforeAll(async () => {
  h = await startHarness({ rateLimits: false })
})
afterAll(() => h.sim.close())

describe('fault injection', () => {
  it('answers every call with a 5xx Zoom error body at rate 1, and normally after reset()', async () => {
    h.sim.faults.setServerErrorRate(1)
    for (let i = 0; i < 5; i += 1) {
      const response = await h.call('/users/me')
      expect([500, 502, 503]).toContain(response.status)
      expect(response.body).toMatchObject({ code: response.status, message: expect.any(String) })
    }
    h.sim.faults.reset()
    expect((await h.call('/users/me')).status).toBe(200)
  })

  it('destroys the socket at connection-reset rate 1', async () => {
    h.sim.faults.setConnectionResetRate(1)
    await expect(h.call('/users/me')).rejects.toThrow()
    h.sim.faults.setConnectionResetRate(0)
    expect((await h.call('/users/me')).status).toBe(200)
  })

  it('mixes failures and successes at a partial rate', async () => {
    h.sim.faults.setServerErrorRate(0.5)
    const statuses: number[] = []
    for (let i = 0; i < 40; i += 1) statuses.push((await h.call('/users/me')).status)
    h.sim.faults.reset()
    expect(statuses).toContain(200)
    expect(statuses.some((s) => s >= 500)).toBe(true)
  })

  it('counts requests by rate-limit category', async () => {
    const before = h.sim.stats()
    await h.call('/users')
    await h.call(`/report/meetings/${h.sim.org.findQuirkMeeting('showcase').meeting.id}`)
    const after = h.sim.stats()
    expect(after.requests - before.requests).toBe(2)
    expect((after.byCategory.Medium ?? 0) - (before.byCategory.Medium ?? 0)).toBe(1)
    expect((after.byCategory.Heavy ?? 0) - (before.byCategory.Heavy ?? 0)).toBe(1)
  })

  it('applies a latency setting without failing calls', async () => {
    h.sim.faults.setLatency({ meanMs: 5, jitterMs: 5 })
    expect((await h.call('/users/me')).status).toBe(200)
    h.sim.faults.setLatency(0)
  })
})

describe('scripted faults (inject)', () => {
  const raw = (path: string): Promise<Response> =>
    fetch(`${h.sim.apiBaseUrl}${path}`, { headers: { authorization: `Bearer ${h.token}` } })

  it('answers 200 with an HTML page, once, then normally', async () => {
    h.sim.faults.inject({ fault: 'html-200', target: 'getUser' })
    const spoiled = await raw('/users/me')
    expect(spoiled.status).toBe(200)
    expect(spoiled.headers.get('content-type')).toMatch(/text\/html/)
    expect(await spoiled.text()).toMatch(/^<!doctype html>/)
    expect((await h.call('/users/me')).status).toBe(200)
  })

  it('cuts the JSON of later pages only, leaving the first page whole', async () => {
    h.sim.faults.inject({ fault: 'truncated-json', target: 'listUsers', page: 'later' })
    const first = await h.call('/users?page_size=5')
    const token = first.body.next_page_token as string
    expect(token).not.toBe('')
    const second = await raw(`/users?page_size=5&next_page_token=${token}`)
    expect(second.status).toBe(200)
    expect(second.headers.get('content-type')).toMatch(/json/)
    const text = await second.text()
    expect(() => JSON.parse(text) as unknown).toThrow()
  })

  it('lets `skip` calls through, fails `times` calls, and stops', async () => {
    h.sim.faults.inject({ fault: 'server-error', skip: 1, times: 2 })
    const statuses: number[] = []
    for (let i = 0; i < 4; i += 1) statuses.push((await h.call('/users/me')).status)
    expect(statuses).toEqual([200, 503, 503, 200])
  })

  it('sends 429 with Retry-After in seconds, as an HTTP date, or none', async () => {
    h.sim.faults.inject({ fault: 'rate-limited-seconds' })
    h.sim.faults.inject({ fault: 'rate-limited-date' })
    h.sim.faults.inject({ fault: 'rate-limited-bare' })
    const answers = [
      await h.call('/users/me'),
      await h.call('/users/me'),
      await h.call('/users/me')
    ]
    expect(answers.map((a) => a.status)).toEqual([429, 429, 429])
    expect(answers[0]!.headers.get('retry-after')).toBe('1')
    expect(Date.parse(answers[1]!.headers.get('retry-after') ?? '')).not.toBeNaN()
    expect(answers[1]!.headers.get('retry-after')).toMatch(/GMT$/)
    expect(answers[2]!.headers.get('retry-after')).toBeNull()
  })

  it('revokes the live tokens mid-run, so that call gets 401/124', async () => {
    h.sim.faults.inject({ fault: 'token-revoked', skip: 1 })
    expect((await h.call('/users/me')).status).toBe(200)
    expect((await h.call('/users/me')).body).toMatchObject({ code: 124 })
    h.token = await h.newToken()
  })

  it('hangs a call until reset(), and fails the token endpoint on its own', async () => {
    h.sim.faults.inject({ fault: 'hang' })
    const hanging = raw('/users/me').then(
      () => 'answered',
      () => 'dropped'
    )
    const early = await Promise.race([
      hanging,
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 100))
    ])
    expect(early).toBe('still waiting')
    h.sim.faults.reset()
    expect(await hanging).toBe('dropped')

    h.sim.faults.inject({ fault: 'server-error', target: 'token' })
    const basic = Buffer.from(`${h.sim.clientId}:${h.sim.clientSecret}`).toString('base64')
    const token = await fetch(h.sim.oauthUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}` }
    })
    expect(token.status).toBe(503)
    expect((await h.call('/users/me')).status).toBe(200)
  })
})

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

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPacer } from '../../../src/main/zoom/pacer'
import { planLimits } from '../../../src/main/zoom/rate-categories'

/** Largest number of starts inside any window of `windowMs`. */
function busiestWindow(starts: number[], windowMs: number): number {
  let best = 0
  let first = 0
  for (let last = 0; last < starts.length; last += 1) {
    while (starts[last] - starts[first] >= windowMs) first += 1
    best = Math.max(best, last - first + 1)
  }
  return best
}

describe('Pacer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-03-01T12:00:00Z') })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps a 1,000-meeting Heavy export at or below Zoom Pro Heavy QPS', async () => {
    const pacer = createPacer({ plan: 'pro', fraction: 1 })
    const starts: number[] = []
    const done = Promise.all(
      Array.from({ length: 1000 }, () =>
        pacer.run('Heavy', async () => {
          starts.push(Date.now())
          await new Promise((resolve) => setTimeout(resolve, 150))
        })
      )
    )
    await vi.advanceTimersByTimeAsync(200_000)
    await done
    expect(starts).toHaveLength(1000)
    expect(busiestWindow(starts, 1000)).toBeLessThanOrEqual(planLimits.pro.Heavy.perWindow)
    // And it does use the budget: 1,000 calls at 10/s take about 100 s, not much more.
    expect(starts[999] - starts[0]).toBeLessThan(110_000)
  })

  it('caps requests in flight per tier', async () => {
    const pacer = createPacer({ plan: 'free', fraction: 1 })
    let running = 0
    let most = 0
    const done = Promise.all(
      Array.from({ length: 12 }, () =>
        pacer.run('Light', async () => {
          running += 1
          most = Math.max(most, running)
          await new Promise((resolve) => setTimeout(resolve, 10_000))
          running -= 1
        })
      )
    )
    await vi.advanceTimersByTimeAsync(100_000)
    await done
    expect(most).toBe(planLimits.free.Light.perWindow)
  })

  it('holds the whole tier during a pause', async () => {
    const pacer = createPacer({ plan: 'business', fraction: 1 })
    pacer.pause('Medium', 5000)
    const starts: number[] = []
    const t0 = Date.now()
    const done = Promise.all(
      [1, 2, 3].map(() => pacer.run('Medium', async () => void starts.push(Date.now() - t0)))
    )
    await pacer.run('Light', async () => undefined)
    expect(starts).toEqual([])
    await vi.advanceTimersByTimeAsync(6000)
    await done
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(5000)
  })

  it('drops queued work when the signal aborts', async () => {
    const pacer = createPacer({ plan: 'free', fraction: 1 })
    const job = new AbortController()
    let started = 0
    const runs = Array.from({ length: 5 }, () =>
      pacer
        .run(
          'Heavy',
          async () => {
            started += 1
          },
          job.signal
        )
        .catch(() => 'dropped')
    )
    await vi.advanceTimersByTimeAsync(10)
    job.abort()
    await vi.advanceTimersByTimeAsync(10_000)
    const results = await Promise.all(runs)
    expect(started).toBe(1)
    expect(results.filter((result) => result === 'dropped')).toHaveLength(4)
  })

  it('keeps daily stops per tier (Heavy and Resource-intensive share one pool) until reset', () => {
    const pacer = createPacer({ plan: 'pro', fraction: 1 })
    const reset = new Date('2026-03-02T00:00:00Z')
    pacer.stopCategoryForDay('Heavy', reset)
    const before = new Date('2026-03-01T20:00:00Z')
    expect(pacer.dailyStop('Heavy', undefined, before)).toEqual(reset)
    expect(pacer.dailyStop('Resource-intensive', undefined, before)).toEqual(reset)
    expect(pacer.dailyStop('Medium', undefined, before)).toBeUndefined()
    expect(pacer.dailyStop('Heavy', undefined, new Date('2026-03-02T00:00:01Z'))).toBeUndefined()
  })

  it('waits out the window when Zoom says X-RateLimit-Remaining: 0', async () => {
    const pacer = createPacer({ plan: 'business', fraction: 1 })
    pacer.noteRemaining('Light', 5)
    await pacer.run('Light', async () => undefined)
    pacer.noteRemaining('Light', 0)
    let started = false
    const next = pacer.run('Light', async () => {
      started = true
    })
    await vi.advanceTimersByTimeAsync(900)
    expect(started).toBe(false)
    await vi.advanceTimersByTimeAsync(200)
    await next
    expect(started).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { ZoomHttpError } from '../../../src/main/simulator/server/errors'
import { DailyCounter, RateLimiter } from '../../../src/main/simulator/server/rate-limits'

function clock(start = Date.parse('2026-11-20T23:00:00Z')): {
  now: () => number
  advance: (ms: number) => void
} {
  let at = start
  return { now: () => at, advance: (ms) => (at += ms) }
}

function catch429(run: () => unknown): ZoomHttpError {
  try {
    run()
  } catch (error) {
    if (error instanceof ZoomHttpError) return error
    throw error
  }
  throw new Error('expected a 429')
}

describe('RateLimiter', () => {
  it('shares one daily pool between Heavy and Resource-intensive on pro, with an ISO Retry-After', () => {
    const time = clock(Date.parse('2026-11-20T00:00:00Z'))
    const limiter = new RateLimiter('pro', time.now)
    for (let i = 0; i < 10; i += 1) limiter.take('Resource-intensive')
    for (let i = 0; i < 29_990; i += 1) {
      limiter.take('Heavy')
      time.advance(100)
    }
    const error = catch429(() => limiter.take('Heavy'))
    expect(error.body).toEqual({
      code: 429,
      message:
        'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.'
    })
    expect(error.headers['X-RateLimit-Type']).toBe('Daily-limit')
    expect(error.headers['Retry-After']).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/)
    // Light has no daily cap on pro.
    expect(limiter.take('Light')['X-RateLimit-Type']).toBe('QPS')
  })

  it('resets the daily pool at 00:00 UTC on the free plan', () => {
    const time = clock()
    const limiter = new RateLimiter('free', time.now)
    for (let i = 0; i < 1000; i += 1) {
      limiter.take('Heavy')
      time.advance(1000)
    }
    const error = catch429(() => limiter.take('Heavy'))
    expect(error.headers['X-RateLimit-Limit']).toBe('1000')
    time.advance(24 * 3_600_000)
    expect(limiter.take('Heavy')['X-RateLimit-Remaining']).toBe('999')
  })

  it('limits Resource-intensive per minute', () => {
    const time = clock(Date.parse('2026-11-20T10:00:00Z'))
    const limiter = new RateLimiter('business', time.now)
    for (let i = 0; i < 20; i += 1) limiter.take('Resource-intensive')
    const error = catch429(() => limiter.take('Resource-intensive'))
    expect(error.headers['X-RateLimit-Type']).toBe('QPS')
    expect(Number(error.headers['Retry-After'])).toBe(60)
  })

  it('can be turned off but still honours forced bursts', () => {
    const limiter = new RateLimiter('free', clock().now)
    limiter.enabled = false
    for (let i = 0; i < 50; i += 1) limiter.take('Heavy')
    limiter.forceBurst(1, 'Light')
    expect(limiter.take('Heavy')).toBeTruthy()
    expect(catch429(() => limiter.take('Light')).status).toBe(429)
    expect(limiter.take('Light')).toBeTruthy()
  })
})

describe('DailyCounter', () => {
  it('counts per key and resets at midnight UTC', () => {
    const time = clock()
    const counter = new DailyCounter(time.now)
    expect(counter.take('a', 1)).toBe(true)
    expect(counter.take('a', 1)).toBe(false)
    expect(counter.take('b', 1)).toBe(true)
    time.advance(3_600_000)
    expect(counter.take('a', 1)).toBe(true)
  })
})

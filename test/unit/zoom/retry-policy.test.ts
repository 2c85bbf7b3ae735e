import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fullJitterDelayMs,
  parseRetryAfterMs,
  provesNothingWasSent
} from '../../../src/main/zoom/retry-policy'

describe('retry policy', () => {
  it('draws full jitter between 0 and min(cap, base * 2^n)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (retry, baseMs, capMs, draw) => {
          const delay = fullJitterDelayMs(retry, { baseMs, capMs }, () => draw)
          const ceiling = Math.min(capMs, baseMs * 2 ** retry)
          return delay >= 0 && delay < ceiling + 1e-9 && delay <= capMs
        }
      )
    )
  })

  it('uses the whole range, not a narrow band around the exponential', () => {
    const backoff = { baseMs: 100, capMs: 10_000 }
    expect(fullJitterDelayMs(3, backoff, () => 0)).toBe(0)
    expect(fullJitterDelayMs(3, backoff, () => 0.5)).toBe(400)
    expect(fullJitterDelayMs(20, backoff, () => 0.5)).toBe(5000)
  })

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-03-01T23:00:00Z')
    expect(parseRetryAfterMs('3', now)).toBe(3000)
    expect(parseRetryAfterMs('2026-03-02T00:00:00Z', now)).toBe(3_600_000)
    expect(parseRetryAfterMs('Mon, 02 Mar 2026 00:00:00 GMT', now)).toBe(3_600_000)
    expect(parseRetryAfterMs('2026-03-01T00:00:00Z', now)).toBe(0)
    expect(parseRetryAfterMs('soon', now)).toBeUndefined()
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined()
  })

  it('treats only pre-connect failures as proof that nothing was sent', () => {
    expect(provesNothingWasSent('ECONNREFUSED')).toBe(true)
    expect(provesNothingWasSent('ENOTFOUND')).toBe(true)
    expect(provesNothingWasSent('ECONNRESET')).toBe(false)
    expect(provesNothingWasSent('ETIMEDOUT')).toBe(false)
    expect(provesNothingWasSent(undefined)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { isAppFailure } from '../../../src/shared/app-error'
import { createTimeFormatter, formatUtc } from '../../../src/main/csv'

const ms = (iso: string): number => Date.parse(iso)

describe('UTC times', () => {
  it('formats ISO 8601 UTC without milliseconds', () => {
    expect(formatUtc(ms('2026-10-05T17:00:00.789Z'))).toBe('2026-10-05T17:00:00Z')
    expect(createTimeFormatter().zoneLabel).toBe('UTC')
    expect(createTimeFormatter('UTC').format(ms('2026-10-05T17:00:00Z'))).toBe(
      '2026-10-05T17:00:00Z'
    )
  })

  it('leaves unknown times blank', () => {
    expect(formatUtc(null)).toBe('')
    expect(createTimeFormatter('Europe/Berlin').format(undefined)).toBe('')
  })
})

describe('zoned times', () => {
  it('writes local time with its offset and names the zone', () => {
    const la = createTimeFormatter('America/Los_Angeles')
    expect(la.zoneLabel).toBe('America/Los_Angeles')
    expect(la.format(ms('2026-10-05T17:00:00Z'))).toBe('2026-10-05T10:00:00-07:00')
  })

  it('follows New York across the March and November DST changes', () => {
    const ny = createTimeFormatter('America/New_York')
    // 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT at 07:00Z.
    expect(ny.format(ms('2026-03-08T06:59:59Z'))).toBe('2026-03-08T01:59:59-05:00')
    expect(ny.format(ms('2026-03-08T07:00:00Z'))).toBe('2026-03-08T03:00:00-04:00')
    // 2026-11-01: clocks fall back from 02:00 EDT to 01:00 EST at 06:00Z; 01:30 happens twice.
    expect(ny.format(ms('2026-11-01T05:30:00Z'))).toBe('2026-11-01T01:30:00-04:00')
    expect(ny.format(ms('2026-11-01T06:30:00Z'))).toBe('2026-11-01T01:30:00-05:00')
  })

  it('handles zones with half-hour offsets and no DST', () => {
    expect(createTimeFormatter('Asia/Kolkata').format(ms('2026-10-05T17:00:00Z'))).toBe(
      '2026-10-05T22:30:00+05:30'
    )
  })

  it('gives the same answer from the cache as fresh', () => {
    const fresh = (iso: string): string => createTimeFormatter('Europe/London').format(ms(iso))
    const cached = createTimeFormatter('Europe/London')
    for (const iso of ['2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-03-29T00:59:30Z']) {
      cached.format(ms(iso))
      expect(cached.format(ms(iso))).toBe(fresh(iso))
    }
  })

  it('rejects an unknown zone with an invalid-input error that names the fix', () => {
    let caught: unknown
    try {
      createTimeFormatter('Mars/Olympus_Mons')
    } catch (error) {
      caught = error
    }
    expect(isAppFailure(caught)).toBe(true)
    if (isAppFailure(caught)) {
      expect(caught.appError.code).toBe('invalid-input')
      expect(caught.appError.message).toContain('Mars/Olympus_Mons')
      expect(caught.appError.remedy).toMatch(/America\/New_York/)
    }
  })
})

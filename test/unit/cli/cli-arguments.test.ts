import { describe, expect, it } from 'vitest'
import {
  checkDayOrder,
  parseDay,
  parseMeetingRef,
  parseThreshold,
  parseTimeZone
} from '../../../src/main/cli/cli-arguments'
import { errorLine, exitCodeFor } from '../../../src/main/cli/exit-codes'

const usage = { appError: expect.objectContaining({ code: 'invalid-input' }) }

describe('CLI argument checks', () => {
  it('reads meeting ids as Zoom prints them, and UUIDs copied out of a CSV', () => {
    expect(parseMeetingRef(' 852 1234 5678 ')).toBe('85212345678')
    expect(parseMeetingRef('852-1234-5678')).toBe('85212345678')
    expect(parseMeetingRef("'+vvrKwQCEcI4ArGFpUln1k==")).toBe('+vvrKwQCEcI4ArGFpUln1k==')
    expect(parseMeetingRef('/ajXp112QmuoKj4854875==')).toBe('/ajXp112QmuoKj4854875==')
    expect(() => parseMeetingRef('  ')).toThrow(expect.objectContaining(usage))
  })

  it('takes thresholds from 0 to 100 only', () => {
    expect(parseThreshold('0')).toBe(0)
    expect(parseThreshold('100')).toBe(100)
    expect(parseThreshold('62.5')).toBe(62.5)
    for (const bad of ['100.5', '-1', '75%', 'abc', '']) {
      expect(() => parseThreshold(bad)).toThrow(expect.objectContaining(usage))
    }
  })

  it('takes real dates in order, and IANA time zones', () => {
    expect(parseDay('2028-02-29', 'start')).toBe('2028-02-29')
    expect(() => parseDay('2027-02-29', 'start')).toThrow(/not a real date/)
    expect(() => parseDay('2026-1-5', 'end')).toThrow(/not a real date/)
    expect(() => checkDayOrder('2026-03-02', '2026-03-01')).toThrow(/after the end date/)
    expect(parseTimeZone('America/New_York')).toBe('America/New_York')
    expect(() => parseTimeZone('Eastern')).toThrow(/not a time zone/)
  })
})

describe('exit codes and error lines', () => {
  it('maps each kind of failure to its documented code', () => {
    const codes = {
      'invalid-input': 2,
      auth: 3,
      'missing-scopes': 3,
      'not-found': 4,
      'rate-limited': 5,
      'daily-limit': 5,
      network: 1,
      'report-not-ready': 1,
      cancelled: 1
    } as const
    for (const [code, exit] of Object.entries(codes)) {
      expect(exitCodeFor({ code: code as keyof typeof codes, message: 'x' })).toBe(exit)
    }
  })

  it('joins message and remedy into one line', () => {
    expect(errorLine({ code: 'network', message: 'Could not\nreach Zoom', remedy: 'Retry' })).toBe(
      'Could not reach Zoom. Retry.'
    )
  })
})

import { describe, expect, it } from 'vitest'
import { splitIntoMonthWindows } from '../../../../src/main/attendance/fetch/month-windows'

describe('splitIntoMonthWindows', () => {
  it('returns one window for a range within a month', () => {
    expect(splitIntoMonthWindows('2026-03-05', '2026-03-20')).toEqual([
      { from: '2026-03-05', to: '2026-03-20' }
    ])
  })

  it('splits into back-to-back windows of at most one month', () => {
    expect(splitIntoMonthWindows('2026-01-15', '2026-04-01')).toEqual([
      { from: '2026-01-15', to: '2026-02-14' },
      { from: '2026-02-15', to: '2026-03-14' },
      { from: '2026-03-15', to: '2026-04-01' }
    ])
  })

  it('clamps month ends (Jan 31) and handles leap years', () => {
    expect(splitIntoMonthWindows('2028-01-31', '2028-03-31')).toEqual([
      { from: '2028-01-31', to: '2028-02-28' },
      { from: '2028-02-29', to: '2028-03-28' },
      { from: '2028-03-29', to: '2028-03-31' }
    ])
  })

  it('covers every day exactly once', () => {
    const windows = splitIntoMonthWindows('2025-11-17', '2026-06-03')
    const day = 86_400_000
    let expected = Date.parse('2025-11-17')
    for (const w of windows) {
      expect(Date.parse(w.from)).toBe(expected)
      const span = Date.parse(w.to) - Date.parse(w.from)
      expect(span).toBeGreaterThanOrEqual(0)
      expect(span).toBeLessThanOrEqual(30 * day)
      expected = Date.parse(w.to) + day
    }
    expect(expected).toBe(Date.parse('2026-06-04'))
  })

  it('accepts a single day', () => {
    expect(splitIntoMonthWindows('2026-05-01', '2026-05-01')).toEqual([
      { from: '2026-05-01', to: '2026-05-01' }
    ])
  })

  it.each([
    ['2026-02-30', '2026-03-01'],
    ['2026/02/01', '2026-03-01'],
    ['', '2026-03-01']
  ])('rejects the non-date %j with a plain message', (from, to) => {
    expect(() => splitIntoMonthWindows(from, to)).toThrow(/not a real date/)
  })

  it('rejects a start after the end', () => {
    expect(() => splitIntoMonthWindows('2026-05-02', '2026-05-01')).toThrow(/after the end/)
  })
})

import { describe, expect, it } from 'vitest'
import { planSeries } from '../../../src/shared/admin/recurrence-preview'

const utc = (plan: ReturnType<typeof planSeries>): string[] =>
  plan!.starts.map((start) => start.toUTC().toISO({ suppressMilliseconds: true })!)
const local = (plan: ReturnType<typeof planSeries>): string[] =>
  plan!.starts.map((start) => start.toFormat('ccc yyyy-MM-dd HH:mm'))

describe('the occurrence preview', () => {
  it('keeps a weekly evening session at the same local time across the DST change', () => {
    const plan = planSeries({
      date: '2026-10-27',
      time: '18:30',
      timezone: 'America/New_York',
      recurrence: { kind: 'weekly', every: 1, weekdays: ['tue'], end: { by: 'count', count: 3 } }
    })
    expect(local(plan)).toEqual([
      'Tue 2026-10-27 18:30',
      'Tue 2026-11-03 18:30',
      'Tue 2026-11-10 18:30'
    ])
    expect(utc(plan)).toEqual([
      '2026-10-27T22:30:00Z',
      '2026-11-03T23:30:00Z',
      '2026-11-10T23:30:00Z'
    ])
  })

  it('starts a weekly series on the first chosen weekday on or after the date', () => {
    const plan = planSeries({
      date: '2026-12-07',
      time: '10:00',
      timezone: 'Europe/London',
      recurrence: {
        kind: 'weekly',
        every: 2,
        weekdays: ['mon', 'wed'],
        end: { by: 'count', count: 4 }
      }
    })
    expect(local(plan)).toEqual([
      'Mon 2026-12-07 10:00',
      'Wed 2026-12-09 10:00',
      'Mon 2026-12-21 10:00',
      'Wed 2026-12-23 10:00'
    ])
    const later = planSeries({
      date: '2026-12-08',
      time: '10:00',
      timezone: 'Europe/London',
      recurrence: { kind: 'weekly', every: 1, weekdays: ['mon'], end: { by: 'count', count: 1 } }
    })
    expect(local(later)).toEqual(['Mon 2026-12-14 10:00'])
  })

  it('skips months that lack the chosen day, and stops at the end date', () => {
    const plan = planSeries({
      date: '2027-01-31',
      time: '09:00',
      timezone: 'UTC',
      recurrence: {
        kind: 'monthly',
        every: 1,
        dayOfMonth: 31,
        end: { by: 'date', date: '2027-07-31' }
      }
    })
    expect(local(plan).map((s) => s.slice(4, 14))).toEqual([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
      '2027-07-31'
    ])
    expect(plan!.capped).toBe(false)
  })

  it('caps a long series at Zoom’s 365 and says so', () => {
    const plan = planSeries({
      date: '2026-12-01',
      time: '09:00',
      timezone: 'Asia/Tokyo',
      recurrence: { kind: 'daily', every: 1, end: { by: 'date', date: '2028-12-01' } }
    })
    expect(plan!.starts).toHaveLength(365)
    expect(plan!.capped).toBe(true)
    const everyOther = planSeries({
      date: '2026-12-30',
      time: '09:00',
      timezone: 'Asia/Tokyo',
      recurrence: { kind: 'daily', every: 2, end: { by: 'count', count: 3 } }
    })
    expect(local(everyOther).map((s) => s.slice(4, 14))).toEqual([
      '2026-12-30',
      '2027-01-01',
      '2027-01-03'
    ])
  })

  it('a one-off meeting has one start; an impossible date none', () => {
    expect(
      planSeries({
        date: '2026-12-01',
        time: '09:00',
        timezone: 'UTC',
        recurrence: { kind: 'none' }
      })!.starts
    ).toHaveLength(1)
    expect(
      planSeries({
        date: '2026-02-30',
        time: '09:00',
        timezone: 'UTC',
        recurrence: { kind: 'none' }
      })
    ).toBeNull()
  })
})

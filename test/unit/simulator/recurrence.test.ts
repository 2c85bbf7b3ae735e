import { describe, expect, it } from 'vitest'
import { expandRecurrence } from '../../../src/main/simulator/org/recurrence'

const start = Date.parse('2026-12-01T18:00:00Z') // a Tuesday
const days = (list: { startTime: number }[]): string[] =>
  list.map((o) => new Date(o.startTime).toISOString().slice(0, 10))

describe('expandRecurrence', () => {
  it('daily with an interval and end_times', () => {
    expect(
      days(expandRecurrence(start, 30, { type: 1, repeat_interval: 2, end_times: 3 }))
    ).toEqual(['2026-12-01', '2026-12-03', '2026-12-05'])
  })

  it('weekly on several days (1 = Sunday)', () => {
    expect(
      days(expandRecurrence(start, 30, { type: 2, weekly_days: '2,4', end_times: 4 }))
    ).toEqual(['2026-12-02', '2026-12-07', '2026-12-09', '2026-12-14'])
  })

  it('monthly by day, and by last weekday of the month', () => {
    expect(days(expandRecurrence(start, 30, { type: 3, monthly_day: 15, end_times: 2 }))).toEqual([
      '2026-12-15',
      '2027-01-15'
    ])
    expect(
      days(
        expandRecurrence(start, 30, {
          type: 3,
          monthly_week: -1,
          monthly_week_day: 6,
          end_times: 2
        })
      )
    ).toEqual(['2026-12-25', '2027-01-29'])
  })

  it('stops at end_date_time and never exceeds 365 occurrences', () => {
    expect(
      days(expandRecurrence(start, 30, { type: 1, end_date_time: '2026-12-03T23:59:59Z' }))
    ).toHaveLength(3)
    expect(expandRecurrence(start, 30, { type: 1, end_times: 365 })).toHaveLength(365)
  })

  it('uses the start time as the occurrence id', () => {
    const [first] = expandRecurrence(start, 45, { type: 1, end_times: 1 })
    expect(first).toEqual({ occurrenceId: String(start), startTime: start, duration: 45 })
  })

  it('keeps the local weekday and clock time in the meeting timezone, across DST', () => {
    const tuesdayEvening = Date.parse('2027-03-03T00:00:00Z') // Tue 2 Mar 2027, 7 pm in New York
    const series = expandRecurrence(
      tuesdayEvening,
      60,
      { type: 2, weekly_days: '3', end_times: 3 },
      'America/New_York'
    )
    expect(series.map((o) => new Date(o.startTime).toISOString())).toEqual([
      '2027-03-03T00:00:00.000Z',
      '2027-03-10T00:00:00.000Z',
      '2027-03-16T23:00:00.000Z'
    ])
  })
})

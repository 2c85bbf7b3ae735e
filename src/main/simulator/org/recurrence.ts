import { DateTime } from 'luxon'
import type { Recurrence, SimOccurrence } from './types'

const maxOccurrences = 365

/**
 * Expands a recurrence into occurrences, in the meeting's timezone: a Tuesday 7 pm session in New
 * York stays on Tuesday (and at 7 pm across DST) even though it is Wednesday in UTC.
 */
export function expandRecurrence(
  start: number,
  duration: number,
  recurrence: Recurrence,
  timezone = 'UTC'
): SimOccurrence[] {
  const first = DateTime.fromMillis(start, { zone: timezone })
  const zoned = first.isValid ? first : DateTime.fromMillis(start, { zone: 'utc' })
  const interval = Math.max(1, recurrence.repeat_interval ?? 1)
  const endAt = recurrence.end_date_time ? Date.parse(recurrence.end_date_time) : undefined
  const limit =
    endAt === undefined
      ? Math.min(maxOccurrences, Math.max(1, recurrence.end_times ?? 1))
      : maxOccurrences
  const clock = { hour: zoned.hour, minute: zoned.minute, second: zoned.second, millisecond: 0 }
  const starts: number[] = []
  /** Adds one candidate day; false once the series is complete. */
  const push = (day: DateTime): boolean => {
    const at = day.set(clock).toMillis()
    if (at < start) return true
    if ((endAt !== undefined && at > endAt) || starts.length >= limit) return false
    starts.push(at)
    return true
  }
  const today = zoned.startOf('day')
  if (recurrence.type === 1) {
    for (let k = 0; push(today.plus({ days: k * interval })); k += 1);
  } else if (recurrence.type === 2) {
    // Zoom numbers weekdays 1 = Sunday … 7 = Saturday; luxon uses 1 = Monday … 7 = Sunday.
    const zoomDay = (day: DateTime): number => (day.weekday % 7) + 1
    const wanted = (recurrence.weekly_days ?? String(zoomDay(today)))
      .split(',')
      .map((d) => Number(d.trim()))
    const sunday = today.minus({ days: zoomDay(today) - 1 })
    let going = true
    for (let week = 0; going && week < maxOccurrences * interval; week += interval) {
      for (let offset = 0; going && offset < 7; offset += 1) {
        if (wanted.includes(offset + 1)) going = push(sunday.plus({ days: week * 7 + offset }))
      }
    }
  } else {
    for (let month = 0; month < maxOccurrences * interval; month += interval) {
      const day = monthlyDay(today.startOf('month').plus({ months: month }), recurrence)
      if (day && !push(day)) break
    }
  }
  return starts.map((at) => ({ occurrenceId: String(at), startTime: at, duration }))
}

function monthlyDay(monthStart: DateTime, recurrence: Recurrence): DateTime | undefined {
  const daysInMonth = monthStart.daysInMonth ?? 28
  if (recurrence.monthly_week !== undefined && recurrence.monthly_week_day !== undefined) {
    const wantedLuxon = ((recurrence.monthly_week_day + 5) % 7) + 1
    const firstMatch = 1 + ((wantedLuxon - monthStart.weekday + 7) % 7)
    let day = firstMatch + (recurrence.monthly_week === -1 ? 0 : (recurrence.monthly_week - 1) * 7)
    if (recurrence.monthly_week === -1) while (day + 7 <= daysInMonth) day += 7
    return day <= daysInMonth ? monthStart.set({ day }) : undefined
  }
  const wanted = recurrence.monthly_day ?? 1
  return wanted <= daysInMonth ? monthStart.set({ day: wanted }) : undefined
}

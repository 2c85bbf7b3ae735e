import { dayMs, startOfUtcDay } from './time'
import type { Recurrence, SimOccurrence } from './types'

const maxOccurrences = 365

/**
 * Expands a recurrence into occurrences. Days are computed in UTC (a simplification: Zoom uses the
 * meeting's timezone, which only matters for sessions that cross midnight UTC).
 */
export function expandRecurrence(
  start: number,
  duration: number,
  recurrence: Recurrence
): SimOccurrence[] {
  const interval = Math.max(1, recurrence.repeat_interval ?? 1)
  const endAt = recurrence.end_date_time ? Date.parse(recurrence.end_date_time) : undefined
  const limit =
    endAt === undefined
      ? Math.min(maxOccurrences, Math.max(1, recurrence.end_times ?? 1))
      : maxOccurrences
  const timeOfDay = start - startOfUtcDay(start)
  const firstDay = startOfUtcDay(start)
  const starts: number[] = []
  const push = (at: number): boolean => {
    if (at < start) return true
    if ((endAt !== undefined && at > endAt) || starts.length >= limit) return false
    starts.push(at)
    return true
  }
  if (recurrence.type === 1) {
    for (let k = 0; push(firstDay + k * interval * dayMs + timeOfDay); k += 1);
  } else if (recurrence.type === 2) {
    const days = (recurrence.weekly_days ?? String(new Date(start).getUTCDay() + 1))
      .split(',')
      .map((d) => Number(d.trim()) - 1)
    const weekStart = firstDay - new Date(firstDay).getUTCDay() * dayMs
    let going = true
    for (let week = 0; going && week < maxOccurrences * interval; week += interval) {
      for (let weekday = 0; going && weekday < 7; weekday += 1) {
        if (days.includes(weekday))
          going = push(weekStart + (week * 7 + weekday) * dayMs + timeOfDay)
      }
    }
  } else {
    const first = new Date(firstDay)
    for (let month = 0; month < maxOccurrences * interval; month += interval) {
      const year = first.getUTCFullYear()
      const monthIndex = first.getUTCMonth() + month
      const day = monthlyDay(year, monthIndex, recurrence)
      if (day === undefined) continue
      if (!push(Date.UTC(year, monthIndex, day) + timeOfDay)) break
    }
  }
  return starts.map((at) => ({ occurrenceId: String(at), startTime: at, duration }))
}

function monthlyDay(year: number, monthIndex: number, recurrence: Recurrence): number | undefined {
  const daysInMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate()
  if (recurrence.monthly_week !== undefined && recurrence.monthly_week_day !== undefined) {
    const weekday = recurrence.monthly_week_day - 1
    const firstWeekday = new Date(Date.UTC(year, monthIndex, 1)).getUTCDay()
    const firstMatch = 1 + ((weekday - firstWeekday + 7) % 7)
    if (recurrence.monthly_week === -1) {
      let day = firstMatch
      while (day + 7 <= daysInMonth) day += 7
      return day
    }
    const day = firstMatch + (recurrence.monthly_week - 1) * 7
    return day <= daysInMonth ? day : undefined
  }
  const wanted = recurrence.monthly_day ?? 1
  return wanted <= daysInMonth ? wanted : undefined
}

import { DateTime } from 'luxon'
import type { RecurrenceInput, Weekday } from './meeting-input'
import { weekdayNames } from './meeting-input'
import { localStart } from './meeting-time'

/** Zoom stops a series at 365 occurrences whatever the end date says. */
export const maxOccurrences = 365

export interface SeriesPlan {
  /** Each start, in the meeting's zone; DST-correct (same clock time all year). */
  starts: DateTime[]
  /** True when the end date would allow more than Zoom's 365. */
  capped: boolean
}

interface SeriesInput {
  date: string
  time: string
  timezone: string
  recurrence: RecurrenceInput
}

function weekdayOf(day: DateTime): Weekday {
  // luxon: 1 = Monday … 7 = Sunday.
  return weekdayNames[day.weekday % 7] as Weekday
}

/** Candidate days in order; the caller stops taking them. */
function* candidateDays(
  first: DateTime,
  r: Exclude<RecurrenceInput, { kind: 'none' }>
): Generator<DateTime, void, undefined> {
  if (r.kind === 'daily') {
    for (let k = 0; ; k += 1) yield first.plus({ days: k * r.every })
  }
  if (r.kind === 'weekly') {
    const wanted = new Set(r.weekdays)
    const sunday = first.minus({ days: first.weekday % 7 })
    for (let week = 0; ; week += r.every) {
      for (let offset = 0; offset < 7; offset += 1) {
        const day = sunday.plus({ days: week * 7 + offset })
        if (day >= first && wanted.has(weekdayOf(day))) yield day
      }
    }
  }
  if (r.kind === 'monthly') {
    const firstMonth = first.startOf('month')
    for (let month = 0; ; month += r.every) {
      const start = firstMonth.plus({ months: month })
      // Months without that day (31 in April) are skipped, as Zoom's calendar does.
      if (r.dayOfMonth > (start.daysInMonth ?? 28)) continue
      const day = start.set({ day: r.dayOfMonth })
      if (day >= first) yield day
    }
  }
}

/**
 * Works out when each meeting of a series happens, in the chosen zone, so the form can show
 * the first few before anything is sent to Zoom. A one-off meeting gives one start.
 */
export function planSeries(input: SeriesInput): SeriesPlan | null {
  const start = localStart(input.date, input.time, input.timezone)
  if (!start) return null
  const r = input.recurrence
  if (r.kind === 'none') return { starts: [start.at], capped: false }
  const [hour, minute] = input.time.split(':').map(Number) as [number, number]
  const limit = r.end.by === 'count' ? r.end.count : maxOccurrences
  const lastDay = r.end.by === 'date' ? r.end.date : null
  const starts: DateTime[] = []
  let capped = false
  // Years of empty candidates cannot happen with valid input; the bound guards bad data.
  let looked = 0
  for (const day of candidateDays(start.at.startOf('day'), r)) {
    looked += 1
    if (looked > 20_000) break
    if (lastDay !== null && day.toISODate()! > lastDay) break
    if (starts.length >= limit) {
      capped = lastDay !== null
      break
    }
    starts.push(day.set({ hour, minute, second: 0, millisecond: 0 }))
  }
  return { starts, capped }
}

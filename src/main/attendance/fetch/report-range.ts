import { DateTime } from 'luxon'
import { AppFailure } from '../../../shared/app-error'
import { checkDayRange } from './month-windows'

/** Inclusive days, yyyy-mm-dd, UTC. */
export interface DayRange {
  from: string
  to: string
}

const dayMs = 86_400_000

/** Today (UTC) as yyyy-mm-dd. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/** The first day (yyyy-mm-dd, UTC) Zoom's meeting reports still cover: six months back. */
export function earliestReportDay(now: Date): string {
  const earliest = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day').minus({ months: 6 })
  return earliest.toISODate() ?? ''
}

/**
 * A range as main accepts it: real days, in order, not starting in the future, and its end
 * clamped to today, so no listing ever plans months that cannot have meetings yet.
 */
export function pastRange(from: string, to: string, now: Date): DayRange {
  checkDayRange(from, to)
  const last = today(now)
  if (from > last) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `The start date ${from} is after today, and only meetings that already ran can be listed.`,
      remedy: `Pick a start date on or before ${last}.`
    })
  }
  return { from, to: to > last ? last : to }
}

/**
 * The part of a past range Zoom's report listing can answer (six months back, at most one
 * month per call), or null when none of it is: the archive alone answers older days.
 */
export function zoomReportPart(range: DayRange, now: Date): DayRange | null {
  const earliest = earliestReportDay(now)
  if (range.to < earliest) return null
  return { from: range.from < earliest ? earliest : range.from, to: range.to }
}

/** Zoom's meeting reports reach back six months; asking further fails with a vague code 300. */
export function checkReportRange(from: string, now: Date): void {
  const day = earliestReportDay(now)
  if (from < day) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `Zoom's meeting reports only go back six months, and ${from} is further back.`,
      remedy: `Pick a start date on or after ${day}.`
    })
  }
}

/** Epoch ms bounds of a day range for archive queries: start inclusive, end exclusive. */
export function rangeMs(range: DayRange): { fromMs: number; toMs: number } {
  const { startMs, endDayMs } = checkDayRange(range.from, range.to)
  return { fromMs: startMs, toMs: endDayMs + dayMs }
}

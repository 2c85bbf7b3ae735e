/**
 * The month windows a sync lists for one host: calendar months (so each maps to one row of
 * sync state), clipped to the range asked for. A month is complete, and skipped by later syncs,
 * once it was listed from its first reachable day to its last and every meeting in it was
 * archived; the current month never is, since meetings keep being added to it.
 */
import { DateTime } from 'luxon'
import { AppFailure } from '../../../shared/app-error'
import { earliestReportDay } from '../fetch/report-range'

export interface MonthWindow {
  /** YYYY-MM, the key of the month's sync state. */
  month: string
  /** yyyy-mm-dd, inclusive. */
  from: string
  to: string
  /** Listing this window reaches every day of the month Zoom will ever list again. */
  wholeMonth: boolean
}

/** Zoom shows a meeting in reports some minutes after it ends, in the account's time zone. */
const settleDays = 2

export interface SyncRange {
  from: string
  to: string
  /** Set when the range asked for started before Zoom's six months and was moved forward. */
  clampedFrom: string | null
}

/** The range to walk: Zoom's six months (or the days asked for, inside them) up to today. */
export function syncRange(now: Date, from?: string, to?: string): SyncRange {
  const earliest = earliestReportDay(now)
  const today = dayOf(DateTime.fromJSDate(now, { zone: 'utc' }))
  if (from !== undefined && to !== undefined && from > to) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `The start date ${from} is after the end date ${to}.`,
      remedy: 'Pick a start date on or before the end date.'
    })
  }
  const start = from === undefined || from < earliest ? earliest : from
  const end = to === undefined || to > today ? today : to
  return { from: start, to: end, clampedFrom: from !== undefined && from < earliest ? from : null }
}

/** Calendar-month windows covering from..to (inclusive); none when the range is empty. */
export function monthWindows(range: SyncRange, now: Date): MonthWindow[] {
  const earliest = earliestReportDay(now)
  const settled = dayOf(DateTime.fromJSDate(now, { zone: 'utc' }).minus({ days: settleDays }))
  const windows: MonthWindow[] = []
  let month = DateTime.fromISO(range.from, { zone: 'utc' }).startOf('month')
  const last = DateTime.fromISO(range.to, { zone: 'utc' })
  while (month <= last) {
    const monthStart = dayOf(month)
    const monthEnd = dayOf(month.endOf('month'))
    const from = monthStart < range.from ? range.from : monthStart
    const to = monthEnd > range.to ? range.to : monthEnd
    if (from <= to) {
      windows.push({
        month: month.toFormat('yyyy-MM'),
        from,
        to,
        wholeMonth:
          to === monthEnd && monthEnd < settled && (from === monthStart || from <= earliest)
      })
    }
    month = month.plus({ months: 1 })
  }
  return windows
}

function dayOf(date: DateTime): string {
  return date.toISODate() ?? ''
}

import { AppFailure } from '../../../shared/app-error'

export interface DateWindow {
  /** yyyy-mm-dd, inclusive. */
  from: string
  /** yyyy-mm-dd, inclusive. */
  to: string
}

const dayMs = 86_400_000

/**
 * Splits an inclusive yyyy-mm-dd range into back-to-back windows of at most one month each,
 * because Zoom's report endpoints accept at most one month per call. Each window runs from its
 * start to the day before the same date next month (Jan 31 → Feb 27, clamped to month end).
 */
export function splitIntoMonthWindows(from: string, to: string): DateWindow[] {
  const { startMs: start, endDayMs: end } = checkDayRange(from, to)
  const windows: DateWindow[] = []
  let windowStart = start
  while (windowStart <= end) {
    const windowEnd = Math.min(end, addOneMonth(windowStart) - dayMs)
    windows.push({ from: dayText(windowStart), to: dayText(windowEnd) })
    windowStart = windowEnd + dayMs
  }
  return windows
}

/** Both days are real dates, in order; their midnights (UTC) in epoch ms. */
export function checkDayRange(from: string, to: string): { startMs: number; endDayMs: number } {
  const startMs = parseDay(from, 'start')
  const endDayMs = parseDay(to, 'end')
  if (startMs > endDayMs) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `The start date ${from} is after the end date ${to}.`,
      remedy: 'Pick a start date on or before the end date.'
    })
  }
  return { startMs, endDayMs }
}

/** Same day next month, clamped to that month's last day (Jan 31 → Feb 28). */
function addOneMonth(ms: number): number {
  const date = new Date(ms)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + 1
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay))
}

function parseDay(value: string, which: 'start' | 'end'): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === 'string' ? value.trim() : '')
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const ms = Date.UTC(year, month - 1, day)
    const date = new Date(ms)
    if (
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day
    ) {
      return ms
    }
  }
  throw new AppFailure({
    code: 'invalid-input',
    message: `The ${which} date "${String(value)}" is not a real date.`,
    remedy: 'Write dates as year-month-day, for example 2026-10-05.'
  })
}

function dayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

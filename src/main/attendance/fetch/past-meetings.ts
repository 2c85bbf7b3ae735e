import { DateTime } from 'luxon'
import { AppFailure } from '../../../shared/app-error'
import { splitIntoMonthWindows } from './month-windows'
import type { ReportMeetingListItem, ZoomClient } from '../../zoom'
import { throwIfAborted } from './fetch-errors'

export interface ListingOptions {
  signal?: AbortSignal
  /** Clock for the six-month check; default real time. */
  now?: () => Date
}

/**
 * Meeting instances a host ran between two days (inclusive, yyyy-mm-dd), from Zoom's report
 * (GET /report/users/{userId}/meetings). Zoom takes at most a month per call, so the range is
 * split into month windows; instances are deduplicated by UUID and sorted by start. Zoom's
 * report lists only meetings where two or more people joined.
 */
export async function listPastMeetingsForHost(
  client: ZoomClient,
  userId: string,
  from: string,
  to: string,
  options: ListingOptions = {}
): Promise<ReportMeetingListItem[]> {
  const windows = splitIntoMonthWindows(from, to)
  checkReportRange(from, options.now?.() ?? new Date())
  const byUuid = new Map<string, ReportMeetingListItem>()
  for (const window of windows) {
    throwIfAborted(options.signal)
    const list = client.listReportMeetings(userId, window.from, window.to, {
      signal: options.signal
    })
    for await (const meeting of list) {
      const key = meeting.uuid ?? `${String(meeting.id)}@${meeting.start_time ?? ''}`
      if (!byUuid.has(key)) byUuid.set(key, meeting)
    }
  }
  return [...byUuid.values()].sort((a, b) => startOf(a) - startOf(b))
}

function startOf(meeting: ReportMeetingListItem): number {
  const ms = Date.parse(meeting.start_time ?? '')
  return Number.isFinite(ms) ? ms : Number.MAX_SAFE_INTEGER
}

/** The first day (yyyy-mm-dd, UTC) Zoom's meeting reports still cover: six months back. */
export function earliestReportDay(now: Date): string {
  const earliest = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day').minus({ months: 6 })
  return earliest.toISODate() ?? ''
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

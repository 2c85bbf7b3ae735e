import { splitIntoMonthWindows } from './month-windows'
import type { ReportMeetingListItem, ZoomClient } from '../../zoom'
import { throwIfAborted } from './fetch-errors'
import { checkReportRange, pastRange } from './report-range'

export interface ListingOptions {
  signal?: AbortSignal
  /** Clock for the six-month check and today; default real time. */
  now?: () => Date
  /** Month windows listed so far, of how many. */
  onProgress?: (done: number, total: number) => void
}

/**
 * Meeting instances a host ran between two days (inclusive, yyyy-mm-dd), from Zoom's report
 * (GET /report/users/{userId}/meetings). The end is clamped to today; a start before Zoom's
 * six months is refused with a sentence (the archive answers older days). Zoom takes at most a
 * month per call, so the range is split into month windows; instances are deduplicated by UUID
 * and sorted by start. Zoom's report lists only meetings where two or more people joined.
 */
export async function listPastMeetingsForHost(
  client: ZoomClient,
  userId: string,
  from: string,
  to: string,
  options: ListingOptions = {}
): Promise<ReportMeetingListItem[]> {
  const now = options.now?.() ?? new Date()
  const range = pastRange(from, to, now)
  checkReportRange(range.from, now)
  const windows = splitIntoMonthWindows(range.from, range.to)
  const byUuid = new Map<string, ReportMeetingListItem>()
  options.onProgress?.(0, windows.length)
  for (const [index, window] of windows.entries()) {
    throwIfAborted(options.signal)
    const list = client.listReportMeetings(userId, window.from, window.to, {
      signal: options.signal
    })
    for await (const meeting of list) {
      const key = meeting.uuid ?? `${String(meeting.id)}@${meeting.start_time ?? ''}`
      if (!byUuid.has(key)) byUuid.set(key, meeting)
    }
    options.onProgress?.(index + 1, windows.length)
  }
  return [...byUuid.values()].sort((a, b) => startOf(a) - startOf(b))
}

function startOf(meeting: ReportMeetingListItem): number {
  const ms = Date.parse(meeting.start_time ?? '')
  return Number.isFinite(ms) ? ms : Number.MAX_SAFE_INTEGER
}

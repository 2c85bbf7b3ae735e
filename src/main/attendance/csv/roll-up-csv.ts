import type { CsvCell } from '../../csv/csv-table'
import { yesNo } from '../../csv/csv-table'
import { createTimeFormatter, type TimeFormatter } from '../../csv/time-format'
import { matchedByWords } from './audit-words'
import { attendanceHeaders, attendanceRow, type CsvTimeOptions } from './attendance-csv'
import type { MeetingInstance } from '../engine/attendance-types'
import type { RollUpResult } from '../engine/roll-up'

/**
 * The CSV table for a roll-up: the attendance columns (long) or one column per session (matrix),
 * then how each person was matched and whether a match awaits review.
 */
export function rollUpCsvTable(
  result: RollUpResult,
  options: CsvTimeOptions = {}
): { headers: string[]; rows: CsvCell[][] } {
  const time = createTimeFormatter(options.timeZone)
  if (result.layout === 'long') {
    return {
      headers: attendanceHeaders(time.zoneLabel),
      rows: result.rows.map((row) => attendanceRow(row.meeting, row.person, time))
    }
  }
  return {
    headers: [
      'Name',
      'Email',
      'Sessions Attended',
      'Total Minutes',
      ...instanceLabels(result.instances, time),
      'Matched By',
      'Needs Review'
    ],
    rows: result.rows.map((row) => [
      row.name,
      row.email,
      row.instancesAttended,
      row.totalMinutes,
      ...row.minutes,
      matchedByWords(row.matchedBy),
      yesNo(row.needsReview)
    ])
  }
}

/** `2026-10-05 17:00 UTC`; repeats get ` (2)`, ` (3)` so every column is distinct. */
export function instanceLabels(
  instances: readonly MeetingInstance[],
  time: TimeFormatter
): string[] {
  const seen = new Map<string, number>()
  return instances.map((meeting) => {
    const base =
      meeting.startMs === null
        ? `Meeting ${meeting.uuid || meeting.id}`
        : `${time.format(meeting.startMs).slice(0, 16).replace('T', ' ')} ${time.zoneLabel}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}

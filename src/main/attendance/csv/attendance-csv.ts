import type { CsvCell } from '../../csv/csv-table'
import { yesNo } from '../../csv/csv-table'
import { createTimeFormatter, type TimeFormatter } from '../../csv/time-format'
import { checkWords, matchedByWords } from './audit-words'
import type {
  InstanceAttendance,
  MeetingInstance,
  PersonAttendance
} from '../engine/attendance-types'

export interface CsvTimeOptions {
  /** IANA zone for times; empty or undefined means UTC. */
  timeZone?: string | null
}

/**
 * Headers of the single-meeting and long layouts; `UTC` becomes the chosen zone's name. The last
 * three say how each row was matched, what the engine noted, and whether a match awaits review.
 */
export function attendanceHeaders(zoneLabel = 'UTC'): string[] {
  return [
    'Meeting ID',
    'Meeting UUID',
    'Topic',
    `Meeting Start (${zoneLabel})`,
    'Name',
    'Email',
    'Registered',
    'Registration Status',
    'Status',
    `First Join (${zoneLabel})`,
    `Last Leave (${zoneLabel})`,
    'Minutes Attended',
    'Attendance %',
    'Joins',
    'Matched By',
    'Checks',
    'Needs Review'
  ]
}

export function attendanceRow(
  meeting: MeetingInstance,
  person: PersonAttendance,
  time: TimeFormatter
): CsvCell[] {
  return [
    meeting.id,
    meeting.uuid,
    meeting.topic,
    time.format(meeting.startMs),
    person.name,
    person.email,
    yesNo(person.registered),
    person.registrationStatus ?? '',
    person.status,
    time.format(person.firstJoinMs),
    time.format(person.lastLeaveMs),
    person.minutesAttended,
    person.attendancePercent,
    person.sessions,
    matchedByWords(person.audit.matchedBy),
    checkWords(person.audit.flags),
    yesNo(person.audit.reviewKeys.length > 0)
  ]
}

/** The single-meeting CSV table; people are already in Name, Email order. */
export function attendanceCsvRows(
  result: InstanceAttendance,
  options: CsvTimeOptions = {}
): { headers: string[]; rows: CsvCell[][] } {
  const time = createTimeFormatter(options.timeZone)
  return {
    headers: attendanceHeaders(time.zoneLabel),
    rows: result.people.map((person) => attendanceRow(result.meeting, person, time))
  }
}

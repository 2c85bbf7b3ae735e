import { isNoShow } from '../../../shared/attendance/person-query'
import type { CsvCell } from '../../csv/csv-table'
import { createTimeFormatter } from '../../csv/time-format'
import type { InstanceAttendance } from '../engine/attendance-types'
import type { CsvTimeOptions } from './attendance-csv'

/**
 * The list an admin writes to after a session: everyone who registered (and was not turned
 * down) but never joined, with when they registered. People are in Name, Email order.
 */
export function noShowsCsvRows(
  result: InstanceAttendance,
  options: CsvTimeOptions = {}
): { headers: string[]; rows: CsvCell[][] } {
  const time = createTimeFormatter(options.timeZone)
  const { meeting } = result
  return {
    headers: [
      'Name',
      'Email',
      `Registered On (${time.zoneLabel})`,
      'Registration Status',
      'Topic',
      `Meeting Start (${time.zoneLabel})`
    ],
    rows: result.people
      .filter(isNoShow)
      .map((person) => [
        person.name,
        person.email,
        time.format(person.registeredAtMs),
        person.registrationStatus ?? '',
        meeting.topic,
        time.format(meeting.startMs)
      ])
  }
}

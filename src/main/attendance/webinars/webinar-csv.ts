/**
 * The webinar attendance CSV: the meeting CSV's columns and rules, with `Role` right after
 * `Status`. Built on the meeting CSV rows so the two can never drift apart elsewhere.
 */
import type { CsvCell } from '../../csv/csv-table'
import { attendanceCsvRows, type CsvTimeOptions } from '../csv/attendance-csv'
import type { WebinarAttendance } from './webinar-attendance'

export function webinarCsvRows(
  result: WebinarAttendance,
  options: CsvTimeOptions = {}
): { headers: string[]; rows: CsvCell[][] } {
  const table = attendanceCsvRows(result, options)
  const at = table.headers.indexOf('Status') + 1
  if (at === 0) throw new Error('The attendance CSV has no Status column to put Role after.')
  const headers = [...table.headers.slice(0, at), 'Role', ...table.headers.slice(at)]
  const rows = table.rows.map((row, i) => [
    ...row.slice(0, at),
    result.people[i].role,
    ...row.slice(at)
  ])
  return { headers, rows }
}

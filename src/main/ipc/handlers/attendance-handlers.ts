import type { AttendanceService } from '../../attendance/use-cases/attendance-service'
import type { CsvExports } from '../../exports/csv-exports'
import type { Handlers } from '../router'

export function createAttendanceHandlers(
  attendance: AttendanceService,
  exports: CsvExports
): Pick<Handlers, 'attendance:load' | 'attendance:export-csv' | 'files:show-last-export'> {
  return {
    'attendance:load': (input) => attendance.load(input),
    'attendance:export-csv': (input) => attendance.exportCsv(input),
    'files:show-last-export': async () => ({ shown: exports.showLast() })
  }
}

import type { AttendanceService } from '../../meetings/attendance-service'
import type { Handlers } from '../router'

export function createAttendanceHandlers(
  attendance: AttendanceService
): Pick<Handlers, 'attendance:load' | 'attendance:export-csv' | 'files:show-last-export'> {
  return {
    'attendance:load': (input) => attendance.load(input),
    'attendance:export-csv': (input) => attendance.exportCsv(input),
    'files:show-last-export': async () => ({ shown: attendance.showLastExport() })
  }
}

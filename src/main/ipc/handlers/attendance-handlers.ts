import type { AttendanceService } from '../../attendance/use-cases/attendance-service'
import type { DomainHandlers } from '../router'

export function createAttendanceHandlers(
  attendance: AttendanceService
): DomainHandlers<'attendance'> {
  return {
    'attendance:load': (input) => attendance.load(input),
    'attendance:export-csv': (input) => attendance.exportCsv(input)
  }
}

export { attendanceCsvRows, attendanceHeaders, type CsvTimeOptions } from './attendance-csv'
export type * from './attendance-types'
export {
  computeInstanceAttendance,
  defaultThresholdPercent,
  type ComputeInstanceInput
} from './compute-instance'
export type { IdentityRule } from './identity'
export { splitIntoMonthWindows, type DateWindow } from './month-windows'
export {
  rollUp,
  type LongRow,
  type MatrixRow,
  type RollUpLayout,
  type RollUpResult
} from './roll-up'
export { rollUpCsvTable } from './roll-up-csv'
export type * from './zoom-rows'
export { readSession } from './sessions'
export type { ParticipantRow } from './row-table'

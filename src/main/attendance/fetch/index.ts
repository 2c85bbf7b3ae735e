/**
 * Reading attendance from Zoom, for the window's use-cases and the CLI: one meeting instance,
 * a roll-up of many, and the host's past meetings that pick them. Electron-free.
 */
export {
  type AttendanceCache,
  type AttendanceCacheKey,
  type AttendanceDataKind
} from './attendance-cache'
export { checkReportRange, listPastMeetingsForHost } from './past-meetings'
export type { ListingOptions } from './past-meetings'
export {
  fetchInstanceAttendance,
  type FetchedInstanceAttendance,
  type FetchInstanceOptions,
  type InstanceProgress
} from './instance-attendance'
export type { ScheduleMemo } from './instance-registrants'
export {
  fetchRollUp,
  type FetchedRollUp,
  type FetchRollUpOptions,
  type RollUpFailure
} from './roll-up-fetch'
export {
  listRollUpInstances,
  type RollUpInstanceRef,
  type RollUpSelection
} from './roll-up-instances'
export { toAppError } from './fetch-errors'

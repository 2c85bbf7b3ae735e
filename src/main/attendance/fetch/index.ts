/**
 * Reading attendance, archive first, for the window's use-cases and the CLI: one meeting
 * instance, a roll-up of many, and the host's past meetings that pick them. What is fetched from
 * Zoom for an ended meeting is kept in the archive. Electron-free.
 */
export { accountArchive, type ArchiveListing, type InstanceArchive } from './instance-archive'
export { archiveInputOf, type ArchiveInput } from './archive-input'
export { listPastMeetingsForHost } from './past-meetings'
export type { ListingOptions } from './past-meetings'
export {
  listHostInstances,
  type HostListing,
  type ListedInstance,
  type PastListing
} from './past-instances'
export { checkReportRange, earliestReportDay, pastRange, zoomReportPart } from './report-range'
export {
  readInstanceAttendance,
  type ReadInstanceAttendance,
  type ReadInstanceOptions,
  type InstanceProgress
} from './instance-attendance'
export { fetchInstanceRows, type InstanceRows } from './instance-rows'
export {
  fetchInstanceRegistrants,
  type InstanceRegistrants,
  type ScheduleMemo
} from './instance-registrants'
export {
  fetchRollUp,
  type FetchedRollUp,
  type FetchRollUpOptions,
  type RollUpFailure
} from './roll-up-fetch'
export {
  listRollUpInstances,
  type RollUpInstanceRef,
  type RollUpPlan,
  type RollUpSelection
} from './roll-up-instances'
export { isUnreachable, toAppError } from './fetch-errors'

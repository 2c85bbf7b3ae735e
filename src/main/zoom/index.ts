export { createZoomClient } from './client'
export type { ZoomClient, ZoomClientInternals } from './client'
export type { ZoomClientConfig, ZoomPlan } from './config'
export type { CallOptions } from './endpoints/call-options'
export type { GetMeetingOptions, ListRegistrantsOptions } from './endpoints/meetings'
export type { ReportMeetingsOptions, ReportParticipantsOptions } from './endpoints/reports'
export type { WebinarAbsenteesOptions } from './endpoints/past-webinars'
export {
  isExpiredPageToken,
  isNoWebinarLicence,
  isRegistrationOff,
  rewordDailyLimit,
  zoomErrorCode,
  ZoomFailure
} from './errors'
export { ZoomList } from './paging'
export { forTerminal } from './remedy-steps'
export type { RateCategory } from './rate-categories'
export { redactAxiosError, summarizeHttpError } from './redact-axios-error'
export type { ClientStats } from './stats'
export type * from './types'
export type { MeetingRef } from './uuid-path'

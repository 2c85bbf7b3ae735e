/**
 * Public Zoom types: the generated spec types (generated/zoom-openapi.ts) plus the newer
 * fields Zoom sends that the official spec lacks (from Zoom's rivet SDK, zoom-api.md §4).
 */
import type { operations } from './generated/zoom-openapi'

type Operation = keyof operations
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never
type Response<Op extends Operation, Status extends keyof operations[Op]['responses']> = JsonOf<
  operations[Op]['responses'][Status]
>
type RequestBody<Op extends Operation> = JsonOf<NonNullable<operations[Op]['requestBody']>>
type ItemOf<List> = NonNullable<List> extends (infer Item)[] ? Item : never
export type QueryOf<Op extends Operation> = NonNullable<operations[Op]['parameters']['query']>

// --- Users ---
export type UserStatus = NonNullable<QueryOf<'users'>['status']>
export type ZoomUserListItem = ItemOf<Response<'users', 200>['users']> & {
  display_name?: string
  user_created_at?: string
}
export type ZoomUser = Response<'user', 200> & { display_name?: string; user_created_at?: string }
export type CreateUserAction = RequestBody<'userCreate'>['action']
export type CreateUserInfo = NonNullable<RequestBody<'userCreate'>['user_info']> & {
  display_name?: string
}
export type CreatedUser = Response<'userCreate', 201>

// --- Meetings ---
export type UserMeetingsType = NonNullable<QueryOf<'meetings'>['type']>
export type ZoomMeetingListItem = ItemOf<Response<'meetings', 200>['meetings']>
export type CreateMeetingBody = RequestBody<'meetingCreate'>
export type CreatedMeeting = Response<'meetingCreate', 201> & {
  chat_join_url?: string
  dynamic_host_key?: string
  creation_source?: string
}
export type ZoomMeeting = Response<'meeting', 200>
export type RegistrantStatus = NonNullable<QueryOf<'meetingRegistrants'>['status']>
export type ZoomRegistrant = ItemOf<Response<'meetingRegistrants', 200>['registrants']> & {
  participant_pin_code?: number
}

// --- Past meetings ---
export type PastMeeting = Response<'pastMeetingDetails', 200>
export type PastMeetingInstance = ItemOf<Response<'pastMeetings', 200>['meetings']>
/** The spec lists only id/name/user_email; Zoom now sends the session fields too. */
interface PastSessionFields {
  user_id?: string
  registrant_id?: string
  join_time?: string
  leave_time?: string
  /** Seconds. */
  duration?: number
  failover?: boolean
  status?: 'in_meeting' | 'in_waiting_room'
  internal_user?: boolean
}
export type PastParticipant = ItemOf<Response<'pastMeetingParticipants', 200>['participants']> &
  PastSessionFields

// --- Reports ---
export type ReportMeetingsType = NonNullable<QueryOf<'reportMeetings'>['type']>
export type ReportMeetingListItem = ItemOf<Response<'reportMeetings', 200>['meetings']>
export type ReportMeeting = Response<'reportMeetingDetails', 200>
/** One join/leave session; `duration` is in seconds here (minutes elsewhere). */
export type ReportParticipant = ItemOf<
  Response<'reportMeetingParticipants', 200>['participants']
> & {
  participant_user_id?: string
  registrant_id?: string
  internal_user?: boolean
}

// --- Webinars (types 5 webinar, 6 recurring with no fixed time, 9 recurring with a fixed time) ---
export type UserWebinarsType = NonNullable<QueryOf<'webinars'>['type']>
export type ZoomWebinarListItem = ItemOf<Response<'webinars', 200>['webinars']>
export type ZoomWebinar = Response<'webinar', 200> & { registration_url?: string }
export type ZoomWebinarRegistrant = ItemOf<Response<'webinarRegistrants', 200>['registrants']>
export type ZoomPanelist = ItemOf<Response<'webinarPanelists', 200>['panelists']>
export type PastWebinarInstance = ItemOf<Response<'pastWebinars', 200>['webinars']>
export type PastWebinarParticipant = ItemOf<
  Response<'listWebinarParticipants', 200>['participants']
> &
  PastSessionFields
/** Approved registrants with no join: Zoom's own absentee list (registrant objects). */
export type ZoomWebinarAbsentee = ItemOf<Response<'webinarAbsentees', 200>['registrants']>
export type ReportWebinar = Response<'reportWebinarDetails', 200>
/** One join/leave session; `duration` is in seconds. Host and panelists are rows too. */
export type ReportWebinarParticipant = ItemOf<
  Response<'reportWebinarParticipants', 200>['participants']
> & {
  participant_user_id?: string
  bo_mtg_id?: string
}

/** Paging fields of list responses, as the client reads them. */
export interface ZoomPage {
  next_page_token?: string
  page_size?: number
  page_count?: number
  total_records?: number
}

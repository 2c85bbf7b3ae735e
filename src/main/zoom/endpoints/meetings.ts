import { maxPageSize, pagedList } from '../paging'
import type { ZoomList } from '../paging'
import type { SendZoomRequest } from '../request'
import type {
  CreatedMeeting,
  CreateMeetingBody,
  RegistrantStatus,
  UserMeetingsType,
  ZoomMeeting,
  ZoomMeetingListItem,
  ZoomPage,
  ZoomRegistrant
} from '../types'
import { meetingPathSegment, userPathSegment } from '../uuid-path'
import type { MeetingRef } from '../uuid-path'
import type { CallOptions } from './call-options'

export interface GetMeetingOptions extends CallOptions {
  /** Include occurrences that already ended (recurring meetings). */
  showPreviousOccurrences?: boolean
}

export interface ListRegistrantsOptions extends CallOptions {
  /** Only this occurrence's registrants (meetings that register per occurrence). */
  occurrenceId?: string
}

export interface MeetingsEndpoints {
  listUserMeetings(
    userId: string,
    type?: UserMeetingsType,
    options?: CallOptions
  ): ZoomList<ZoomMeetingListItem>
  createMeeting(
    userId: string,
    body: CreateMeetingBody,
    options?: CallOptions
  ): Promise<CreatedMeeting>
  getMeeting(meetingId: MeetingRef, options?: GetMeetingOptions): Promise<ZoomMeeting>
  /** Zoom defaults to `approved`; ask for `pending` and `denied` explicitly. */
  listRegistrants(
    meetingId: MeetingRef,
    status?: RegistrantStatus,
    options?: ListRegistrantsOptions
  ): ZoomList<ZoomRegistrant>
}

type MeetingsPage = ZoomPage & { meetings?: ZoomMeetingListItem[] }
type RegistrantsPage = ZoomPage & { registrants?: ZoomRegistrant[] }

export function meetingsEndpoints(send: SendZoomRequest): MeetingsEndpoints {
  return {
    listUserMeetings(userId, type = 'scheduled', options = {}) {
      const path = `/users/${userPathSegment(userId)}/meetings`
      const query = { type, page_size: maxPageSize }
      return pagedList(
        (token) =>
          send<MeetingsPage>({
            endpoint: 'GET /users/{userId}/meetings',
            path,
            query: { ...query, next_page_token: token },
            signal: options.signal
          }),
        (page) => page.meetings
      )
    },
    createMeeting(userId, body, options = {}) {
      return send<CreatedMeeting>({
        endpoint: 'POST /users/{userId}/meetings',
        path: `/users/${userPathSegment(userId)}/meetings`,
        body,
        signal: options.signal,
        // Zoom caps meeting creates at 100 a day per host, not per account.
        dailyKey: `POST /users/{userId}/meetings:${userId.toLowerCase()}`
      })
    },
    getMeeting(meetingId, options = {}) {
      return send<ZoomMeeting>({
        endpoint: 'GET /meetings/{meetingId}',
        path: `/meetings/${meetingPathSegment(meetingId)}`,
        query: options.showPreviousOccurrences ? { show_previous_occurrences: 'true' } : undefined,
        signal: options.signal
      })
    },
    listRegistrants(meetingId, status = 'approved', options = {}) {
      const path = `/meetings/${meetingPathSegment(meetingId)}/registrants`
      const query = { status, occurrence_id: options.occurrenceId, page_size: maxPageSize }
      return pagedList(
        (token) =>
          send<RegistrantsPage>({
            endpoint: 'GET /meetings/{meetingId}/registrants',
            path,
            query: { ...query, next_page_token: token },
            signal: options.signal
          }),
        (page) => page.registrants
      )
    }
  }
}

import { AppFailure } from '../../../shared/app-error'
import { maxPageSize, pagedList } from '../paging'
import type { ZoomList } from '../paging'
import type { SendZoomRequest } from '../request'
import type {
  ReportMeeting,
  ReportMeetingListItem,
  ReportMeetingsType,
  ReportParticipant,
  ZoomPage
} from '../types'
import { meetingPathSegment, userPathSegment } from '../uuid-path'
import type { MeetingRef } from '../uuid-path'
import type { CallOptions } from './call-options'

export interface ReportMeetingsOptions extends CallOptions {
  type?: ReportMeetingsType
}

export interface ReportParticipantsOptions extends CallOptions {
  /** Without it Zoom leaves registrant_id out, and external attendees cannot be matched. */
  includeRegistrantId?: boolean
}

export interface ReportsEndpoints {
  /** `from`/`to` are yyyy-mm-dd; Zoom allows at most one month, within the past six. */
  listReportMeetings(
    userId: string,
    from: string,
    to: string,
    options?: ReportMeetingsOptions
  ): ZoomList<ReportMeetingListItem>
  getReportMeeting(idOrUuid: MeetingRef, options?: CallOptions): Promise<ReportMeeting>
  listReportParticipants(
    idOrUuid: MeetingRef,
    options?: ReportParticipantsOptions
  ): ZoomList<ReportParticipant>
}

type MeetingsPage = ZoomPage & { meetings?: ReportMeetingListItem[] }
type ParticipantsPage = ZoomPage & { participants?: ReportParticipant[] }

function checkDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `"${value}" is not a date in the form 2026-01-31.`,
      remedy: 'Pick the dates again.'
    })
  }
  return value
}

export function reportsEndpoints(send: SendZoomRequest): ReportsEndpoints {
  return {
    listReportMeetings(userId, from, to, options = {}) {
      const path = `/report/users/${userPathSegment(userId)}/meetings`
      const query = {
        from: checkDay(from),
        to: checkDay(to),
        type: options.type,
        page_size: maxPageSize
      }
      return pagedList(
        (token) =>
          send<MeetingsPage>({
            endpoint: 'GET /report/users/{userId}/meetings',
            path,
            query: { ...query, next_page_token: token },
            signal: options.signal
          }),
        (page) => page.meetings
      )
    },
    getReportMeeting(idOrUuid, options = {}) {
      return send<ReportMeeting>({
        endpoint: 'GET /report/meetings/{meetingId}',
        path: `/report/meetings/${meetingPathSegment(idOrUuid)}`,
        signal: options.signal
      })
    },
    listReportParticipants(idOrUuid, options = {}) {
      const path = `/report/meetings/${meetingPathSegment(idOrUuid)}/participants`
      const query = {
        page_size: maxPageSize,
        include_fields: options.includeRegistrantId ? 'registrant_id' : undefined
      }
      return pagedList(
        (token) =>
          send<ParticipantsPage>({
            endpoint: 'GET /report/meetings/{meetingId}/participants',
            path,
            query: { ...query, next_page_token: token },
            signal: options.signal
          }),
        (page) => page.participants
      )
    }
  }
}

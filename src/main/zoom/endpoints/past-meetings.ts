import { badAnswerFailure } from '../errors'
import { maxPageSize, pagedList } from '../paging'
import type { ZoomList } from '../paging'
import type { SendZoomRequest } from '../request'
import type { PastMeeting, PastMeetingInstance, PastParticipant, ZoomPage } from '../types'
import { meetingPathSegment } from '../uuid-path'
import type { MeetingRef } from '../uuid-path'
import type { CallOptions } from './call-options'

export interface PastMeetingsEndpoints {
  /** A numeric id means the latest instance; a UUID means that instance. */
  getPastMeeting(idOrUuid: MeetingRef, options?: CallOptions): Promise<PastMeeting>
  /** Every past instance (UUID + start) of a meeting id. Zoom does not page this list. */
  listPastInstances(
    meetingId: number | string,
    options?: CallOptions
  ): Promise<PastMeetingInstance[]>
  listPastParticipants(idOrUuid: MeetingRef, options?: CallOptions): ZoomList<PastParticipant>
}

type ParticipantsPage = ZoomPage & { participants?: PastParticipant[] }

export function pastMeetingsEndpoints(send: SendZoomRequest): PastMeetingsEndpoints {
  return {
    getPastMeeting(idOrUuid, options = {}) {
      return send<PastMeeting>({
        endpoint: 'GET /past_meetings/{meetingId}',
        path: `/past_meetings/${meetingPathSegment(idOrUuid)}`,
        signal: options.signal
      })
    },
    async listPastInstances(meetingId, options = {}) {
      const body = await send<{ meetings?: PastMeetingInstance[] }>({
        endpoint: 'GET /past_meetings/{meetingId}/instances',
        path: `/past_meetings/${meetingPathSegment(meetingId)}/instances`,
        signal: options.signal
      })
      // Not paged, so no total to check against: the list itself must be there.
      if (!Array.isArray(body.meetings)) throw badAnswerFailure()
      return body.meetings
    },
    listPastParticipants(idOrUuid, options = {}) {
      const path = `/past_meetings/${meetingPathSegment(idOrUuid)}/participants`
      const query = { page_size: maxPageSize }
      return pagedList(
        (token) =>
          send<ParticipantsPage>({
            endpoint: 'GET /past_meetings/{meetingId}/participants',
            path,
            query: { ...query, next_page_token: token },
            signal: options.signal
          }),
        (page) => page.participants
      )
    }
  }
}

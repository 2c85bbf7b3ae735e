/** Past webinars: instances of an id, participants (the no-report fallback) and absentees. */
import type { ZoomList } from '../paging'
import type { SendZoomRequest } from '../request'
import type { PastWebinarInstance, PastWebinarParticipant, ZoomWebinarAbsentee } from '../types'
import { meetingPathSegment } from '../uuid-path'
import type { MeetingRef } from '../uuid-path'
import type { CallOptions } from './call-options'
import { pagedGet } from './paged-get'

export interface WebinarAbsenteesOptions extends CallOptions {
  /** The occurrence of a recurring webinar. */
  occurrenceId?: string
}

export interface PastWebinarsEndpoints {
  /** Every past instance (UUID + start) of a webinar id. Zoom does not page this list. */
  listPastWebinarInstances(
    webinarId: number | string,
    options?: CallOptions
  ): Promise<PastWebinarInstance[]>
  /** A numeric id means the latest instance; a UUID means that instance. Pro or higher. */
  listPastWebinarParticipants(
    idOrUuid: MeetingRef,
    options?: CallOptions
  ): ZoomList<PastWebinarParticipant>
  /** Zoom's absentee list for one instance (a UUID, double-encoded for you). */
  listWebinarAbsentees(
    uuid: MeetingRef,
    options?: WebinarAbsenteesOptions
  ): ZoomList<ZoomWebinarAbsentee>
}

export function pastWebinarsEndpoints(send: SendZoomRequest): PastWebinarsEndpoints {
  return {
    async listPastWebinarInstances(webinarId, options = {}) {
      const body = await send<{ webinars?: PastWebinarInstance[] }>({
        endpoint: 'GET /past_webinars/{webinarId}/instances',
        path: `/past_webinars/${meetingPathSegment(webinarId)}/instances`,
        signal: options.signal
      })
      return body.webinars ?? []
    },
    listPastWebinarParticipants(idOrUuid, options = {}) {
      return pagedGet(
        send,
        'GET /past_webinars/{webinarId}/participants',
        `/past_webinars/${meetingPathSegment(idOrUuid)}/participants`,
        {},
        'participants',
        options.signal
      )
    },
    listWebinarAbsentees(uuid, options = {}) {
      return pagedGet(
        send,
        'GET /past_webinars/{WebinarUUID}/absentees',
        `/past_webinars/${meetingPathSegment(uuid)}/absentees`,
        { occurrence_id: options.occurrenceId },
        'registrants',
        options.signal
      )
    }
  }
}

/** Scheduled webinars: a host's list, one webinar, its registrants (all statuses) and panelists. */
import { AppFailure } from '../../../shared/app-error'
import type { ZoomList } from '../paging'
import type { SendZoomRequest } from '../request'
import type {
  RegistrantStatus,
  UserWebinarsType,
  ZoomPanelist,
  ZoomWebinar,
  ZoomWebinarListItem,
  ZoomWebinarRegistrant
} from '../types'
import { meetingPathSegment, userPathSegment } from '../uuid-path'
import type { CallOptions } from './call-options'
import type { GetMeetingOptions, ListRegistrantsOptions } from './meetings'
import { pagedGet } from './paged-get'

export interface WebinarsEndpoints {
  /** Unexpired webinars (`scheduled`, Zoom's default) or those still to come (`upcoming`). */
  listUserWebinars(
    userId: string,
    type?: UserWebinarsType,
    options?: CallOptions
  ): ZoomList<ZoomWebinarListItem>
  getWebinar(webinarId: number | string, options?: GetMeetingOptions): Promise<ZoomWebinar>
  /** Zoom defaults to `approved`; ask for `pending` and `denied` explicitly. */
  listWebinarRegistrants(
    webinarId: number | string,
    status?: RegistrantStatus,
    options?: ListRegistrantsOptions
  ): ZoomList<ZoomWebinarRegistrant>
  /** Every panelist; Zoom does not page this list. */
  listWebinarPanelists(webinarId: number | string, options?: CallOptions): Promise<ZoomPanelist[]>
}

/** Webinar ids are numeric on these endpoints (SPEC: integer); a UUID names one instance. */
function webinarIdSegment(webinarId: number | string): string {
  const text = String(webinarId)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `"${text}" is not a webinar ID. Webinar IDs are numbers, like 92633685154.`,
      remedy: 'Copy the webinar ID from the Zoom web portal (Webinars), without spaces.'
    })
  }
  return meetingPathSegment(text)
}

export function webinarsEndpoints(send: SendZoomRequest): WebinarsEndpoints {
  return {
    listUserWebinars(userId, type = 'scheduled', options = {}) {
      // The spec lists only the deprecated page_number here, but Zoom pages this list with
      // next_page_token like every other (test/support/spec-quirks.ts).
      return pagedGet(
        send,
        'GET /users/{userId}/webinars',
        `/users/${userPathSegment(userId)}/webinars`,
        { type },
        'webinars',
        options.signal
      )
    },
    async getWebinar(webinarId, options = {}) {
      return send<ZoomWebinar>({
        endpoint: 'GET /webinars/{webinarId}',
        path: `/webinars/${webinarIdSegment(webinarId)}`,
        query: options.showPreviousOccurrences ? { show_previous_occurrences: 'true' } : undefined,
        signal: options.signal
      })
    },
    listWebinarRegistrants(webinarId, status = 'approved', options = {}) {
      return pagedGet(
        send,
        'GET /webinars/{webinarId}/registrants',
        `/webinars/${webinarIdSegment(webinarId)}/registrants`,
        { status, occurrence_id: options.occurrenceId },
        'registrants',
        options.signal
      )
    },
    async listWebinarPanelists(webinarId, options = {}) {
      const body = await send<{ panelists?: ZoomPanelist[] }>({
        endpoint: 'GET /webinars/{webinarId}/panelists',
        path: `/webinars/${webinarIdSegment(webinarId)}/panelists`,
        signal: options.signal
      })
      return body.panelists ?? []
    }
  }
}

/** Webinar reports: one instance's summary and its join/leave rows (Heavy). */
import type { ZoomList } from '../paging'
import type { SendZoomRequest } from '../request'
import type { ReportWebinar, ReportWebinarParticipant } from '../types'
import { meetingPathSegment } from '../uuid-path'
import type { MeetingRef } from '../uuid-path'
import type { CallOptions } from './call-options'
import { pagedGet } from './paged-get'
import type { ReportParticipantsOptions } from './reports'

export interface WebinarReportsEndpoints {
  getReportWebinar(idOrUuid: MeetingRef, options?: CallOptions): Promise<ReportWebinar>
  /** Every join/leave row, host and panelists included (Zoom sends no role). */
  listReportWebinarParticipants(
    idOrUuid: MeetingRef,
    options?: ReportParticipantsOptions
  ): ZoomList<ReportWebinarParticipant>
}

export function webinarReportsEndpoints(send: SendZoomRequest): WebinarReportsEndpoints {
  return {
    getReportWebinar(idOrUuid, options = {}) {
      return send<ReportWebinar>({
        endpoint: 'GET /report/webinars/{webinarId}',
        path: `/report/webinars/${meetingPathSegment(idOrUuid)}`,
        signal: options.signal
      })
    },
    listReportWebinarParticipants(idOrUuid, options = {}) {
      return pagedGet(
        send,
        'GET /report/webinars/{webinarId}/participants',
        `/report/webinars/${meetingPathSegment(idOrUuid)}/participants`,
        { include_fields: options.includeRegistrantId ? 'registrant_id' : undefined },
        'participants',
        options.signal
      )
    }
  }
}

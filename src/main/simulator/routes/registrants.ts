import type { Hono } from 'hono'
import { hasRegistration } from '../org/types'
import type { SimContext } from '../server/context'
import { messages, validationFailed, zoomError } from '../server/errors'
import { guarded, type SimEnv } from '../server/guard'
import { registrant } from '../wire/registrants'
import { findMeetingOr404 } from './meetings'
import { queryOf, pathParam } from './request'

export function registerRegistrantRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/meetings/:meetingId/registrants',
    guarded(ctx, 'listRegistrants', (c) => {
      const meeting = findMeetingOr404(ctx, pathParam(c, 'meetingId'))
      if (!hasRegistration(meeting)) throw zoomError(400, 300, messages.noRegistration(meeting.id))
      const query = queryOf(c)
      // Zoom's default is `approved`: pending and denied people must be asked for explicitly.
      const status = query.status ?? 'approved'
      if (!['pending', 'approved', 'denied'].includes(status))
        throw validationFailed([{ field: 'status' }])
      const occurrence = query.occurrence_id
      const rows = ctx.org
        .registrants(meeting.id)
        .filter((r) => r.status === status && (!occurrence || r.occurrenceId === occurrence))
      const { items, ...paging } = ctx.pages.page(
        `registrants:${meeting.id}:${status}:${occurrence ?? ''}`,
        rows,
        query
      )
      return c.json({ ...paging, registrants: items.map(registrant) })
    })
  )
}

/** Webinar reports (Heavy, Pro or higher): one instance's summary and its join/leave rows. */
import type { Hono } from 'hono'
import type { SimContext } from '../server/context'
import { guarded, type SimEnv } from '../server/guard'
import { meetingRefFromPath } from '../server/meeting-id'
import { reportMeeting, reportParticipant, summarizeRows } from '../wire/participants'
import { queryOf } from './request'
import { findUserOr404 } from './users'
import { resolveWebinarInstance } from './webinar-access'

const prefix = '/v2/report/webinars/'

export function registerWebinarReportRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/report/webinars/:webinarId',
    guarded(ctx, 'reportWebinar', (c) => {
      const { webinar, instance } = resolveWebinarInstance(ctx, meetingRefFromPath(c, prefix), true)
      const webinars = ctx.org.webinars
      const summary = summarizeRows(
        webinars.participants(instance.uuid),
        webinars.uniqueParticipantCount(instance.uuid)
      )
      return c.json(reportMeeting(webinar, instance, findUserOr404(ctx, webinar.hostId), summary))
    })
  )

  app.get(
    '/v2/report/webinars/:webinarId/participants',
    guarded(ctx, 'reportWebinarParticipants', (c) => {
      const { instance } = resolveWebinarInstance(ctx, meetingRefFromPath(c, prefix), true)
      const query = queryOf(c)
      const withRegistrant = (query.include_fields ?? '').split(',').includes('registrant_id')
      const { items, ...paging } = ctx.pages.page(
        `report-webinar-participants:${instance.uuid}`,
        ctx.org.webinars.participants(instance.uuid),
        query
      )
      return c.json({
        ...paging,
        participants: items.map((row) => reportParticipant(row, withRegistrant))
      })
    })
  )
}

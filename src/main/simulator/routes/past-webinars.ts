/**
 * Webinars that ran: the instances of a webinar id, who took part (the fallback for accounts
 * without report access) and Zoom's absentee list (approved registrants with no join).
 */
import type { Hono } from 'hono'
import { isoSeconds } from '../org/time'
import { webinarHasRegistration } from '../org/webinar-types'
import type { SimContext } from '../server/context'
import { messages, zoomError } from '../server/errors'
import { guarded, type SimEnv } from '../server/guard'
import { meetingRefFromPath } from '../server/meeting-id'
import { pastParticipant } from '../wire/participants'
import { registrant } from '../wire/registrants'
import { queryOf } from './request'
import { findWebinarOr404, resolveWebinarInstance } from './webinar-access'

const prefix = '/v2/past_webinars/'

export function registerPastWebinarRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/past_webinars/:webinarId/instances',
    guarded(ctx, 'listPastWebinarInstances', (c) => {
      const ref = meetingRefFromPath(c, prefix)
      const webinar = findWebinarOr404(ctx, ref.kind === 'id' ? String(ref.id) : ref.uuid)
      const now = ctx.now()
      // Not paged, like the meeting twin.
      const webinars = webinar.instances
        .filter((i) => i.endTime <= now)
        .map((i) => ({ uuid: i.uuid, start_time: isoSeconds(i.startTime) }))
      return c.json({ webinars })
    })
  )

  app.get(
    '/v2/past_webinars/:webinarId/participants',
    guarded(ctx, 'listPastWebinarParticipants', (c) => {
      const { instance } = resolveWebinarInstance(ctx, meetingRefFromPath(c, prefix), true)
      const rows = ctx.org.webinars.participants(instance.uuid)
      const { items, ...paging } = ctx.pages.page(
        `past-webinar-participants:${instance.uuid}`,
        rows,
        queryOf(c)
      )
      return c.json({ ...paging, participants: items.map(pastParticipant) })
    })
  )

  app.get(
    '/v2/past_webinars/:webinarId/absentees',
    guarded(ctx, 'listWebinarAbsentees', (c) => {
      const ref = meetingRefFromPath(c, prefix)
      const { webinar, instance } = resolveWebinarInstance(ctx, ref, true)
      if (!webinarHasRegistration(webinar))
        throw zoomError(400, 3000, messages.absenteesNoRegistration(instance.uuid))
      const query = queryOf(c)
      const occurrence = query.occurrence_id
      if (
        occurrence !== undefined &&
        !webinar.occurrences.some((o) => o.occurrenceId === occurrence)
      )
        throw zoomError(
          400,
          300,
          `The request could not be completed because you have provided an invalid occurrence ID: ${occurrence}`
        )
      const { items, ...paging } = ctx.pages.page(
        `webinar-absentees:${instance.uuid}`,
        ctx.org.webinars.absentees(instance.uuid),
        query
      )
      return c.json({ ...paging, registrants: items.map(registrant) })
    })
  )
}

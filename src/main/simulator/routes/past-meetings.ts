import type { Hono } from 'hono'
import { isoSeconds } from '../org/time'
import type { SimContext } from '../server/context'
import { messages, zoomError } from '../server/errors'
import { guarded, type SimEnv } from '../server/guard'
import { meetingRefFromPath, resolveInstance } from '../server/meeting-id'
import { pastMeeting, pastParticipant, summarize } from '../wire/participants'
import { queryOf } from './request'
import { findUserOr404 } from './users'

const prefix = '/v2/past_meetings/'

export function registerPastMeetingRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/past_meetings/:meetingId',
    guarded(ctx, 'getPastMeeting', (c) => {
      const { meeting, instance } = resolveInstance(ctx, meetingRefFromPath(c, prefix), false)
      const summary = summarize(ctx.org, instance.uuid)
      return c.json(pastMeeting(meeting, instance, findUserOr404(ctx, meeting.hostId), summary))
    })
  )

  app.get(
    '/v2/past_meetings/:meetingId/instances',
    guarded(ctx, 'listPastInstances', (c) => {
      const ref = meetingRefFromPath(c, prefix)
      const meeting = ref.kind === 'id' ? ctx.org.findMeeting(ref.id) : undefined
      if (!meeting)
        throw zoomError(404, 3001, messages.meetingNotFound(ref.kind === 'id' ? ref.id : ref.uuid))
      const now = ctx.now()
      // No paging on this endpoint (Zoom returns every instance at once).
      const meetings = meeting.instances
        .filter((i) => i.endTime <= now)
        .map((i) => ({ uuid: i.uuid, start_time: isoSeconds(i.startTime) }))
      return c.json({ meetings })
    })
  )

  app.get(
    '/v2/past_meetings/:meetingId/participants',
    guarded(ctx, 'listPastParticipants', (c) => {
      const { instance } = resolveInstance(ctx, meetingRefFromPath(c, prefix), true)
      const query = queryOf(c)
      // Zoom returns nothing here for one-person meetings.
      const rows =
        ctx.org.uniqueParticipantCount(instance.uuid) < 2 ? [] : ctx.org.participants(instance.uuid)
      const { items, ...paging } = ctx.pages.page(`past-participants:${instance.uuid}`, rows, query)
      return c.json({ ...paging, participants: items.map(pastParticipant) })
    })
  )
}

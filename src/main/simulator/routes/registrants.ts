import type { Hono } from 'hono'
import type { SimRegistrant } from '../org/types'
import { hasRegistration } from '../org/types'
import type { SimContext } from '../server/context'
import { messages, validationFailed, zoomError } from '../server/errors'
import { guarded, type SimEnv } from '../server/guard'
import { registrant } from '../wire/registrants'
import { findMeetingOr404 } from './meetings'
import { queryOf, pathParam } from './request'

/**
 * One page of a registrant list, meeting or webinar. Zoom's default status is `approved`:
 * pending and denied people must be asked for explicitly.
 */
export function registrantsPage(
  ctx: SimContext,
  listKey: string,
  all: readonly SimRegistrant[],
  query: Record<string, string | undefined>
): Record<string, unknown> {
  const status = query.status ?? 'approved'
  if (!['pending', 'approved', 'denied'].includes(status))
    throw validationFailed([{ field: 'status' }])
  const occurrence = query.occurrence_id
  const rows = all.filter(
    (r) => r.status === status && (!occurrence || r.occurrenceId === occurrence)
  )
  const { items, ...paging } = ctx.pages.page(
    `${listKey}:${status}:${occurrence ?? ''}`,
    rows,
    query
  )
  return { ...paging, registrants: items.map(registrant) }
}

export function registerRegistrantRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/meetings/:meetingId/registrants',
    guarded(ctx, 'listRegistrants', (c) => {
      const meeting = findMeetingOr404(ctx, pathParam(c, 'meetingId'))
      if (!hasRegistration(meeting)) throw zoomError(400, 300, messages.noRegistration(meeting.id))
      return c.json(
        registrantsPage(
          ctx,
          `registrants:${meeting.id}`,
          ctx.org.registrants(meeting.id),
          queryOf(c)
        )
      )
    })
  )
}

/**
 * Scheduled webinars: a host's list, one webinar, its registrants and its panelists. Paging,
 * caps and errors are the meetings' (same page-token store, same guard).
 */
import type { Hono } from 'hono'
import { dayMs, minuteMs } from '../org/time'
import type { SimWebinar } from '../org/webinar-types'
import { webinarHasRegistration } from '../org/webinar-types'
import type { SimContext } from '../server/context'
import { messages, validationFailed, zoomError } from '../server/errors'
import { guarded, type SimEnv } from '../server/guard'
import { upcomingOccurrences } from '../wire/meetings'
import { panelistItem, webinarDetail, webinarListItem } from '../wire/webinars'
import { askedOccurrences } from './occurrence-query'
import { registrantsPage } from './registrants'
import { pathParam, queryOf } from './request'
import { findUserOr404 } from './users'
import { findWebinarOr404, requireWebinarLicence } from './webinar-access'

function lastStart(w: SimWebinar): number {
  return w.occurrences.at(-1)?.startTime ?? w.startTime ?? w.instances.at(-1)?.startTime ?? 0
}

/** `scheduled`: every unexpired webinar; `upcoming`: those still to come or live (SPEC). */
function matchesListType(w: SimWebinar, type: string, now: number): boolean {
  if (w.type === 6) return true
  if (type === 'upcoming') return lastStart(w) + w.duration * minuteMs > now
  return lastStart(w) + 30 * dayMs > now
}

export function registerWebinarRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/users/:userId/webinars',
    guarded(ctx, 'listWebinars', (c) => {
      const userId = pathParam(c, 'userId')
      const user = ctx.org.findUser(userId)
      if (!user)
        throw zoomError(404, 1001, `User ${userId} not exist or not belong to this account.`)
      requireWebinarLicence(ctx, user.id)
      const query = queryOf(c)
      const type = query.type ?? 'scheduled'
      if (!['scheduled', 'upcoming'].includes(type)) throw validationFailed([{ field: 'type' }])
      const now = ctx.now()
      const webinars = ctx.org.webinars
        .hostedBy(user.id)
        .filter((w) => matchesListType(w, type, now))
        .sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0) || a.id - b.id)
      const { items, ...paging } = ctx.pages.page(`webinars:${user.id}:${type}`, webinars, query)
      return c.json({
        ...paging,
        webinars: items.map((w) => webinarListItem(w, upcomingOccurrences(w, now)[0]))
      })
    })
  )

  app.get(
    '/v2/webinars/:webinarId',
    guarded(ctx, 'getWebinar', (c) => {
      const webinar = findWebinarOr404(ctx, pathParam(c, 'webinarId'))
      const query = queryOf(c)
      const now = ctx.now()
      const asked = askedOccurrences(webinar, query, now, () =>
        zoomError(404, 3001, messages.webinarNotFound(webinar.id))
      )
      const host = findUserOr404(ctx, webinar.hostId)
      return c.json(webinarDetail(webinar, { host, now, ...asked }))
    })
  )

  app.get(
    '/v2/webinars/:webinarId/registrants',
    guarded(ctx, 'listWebinarRegistrants', (c) => {
      const webinar = findWebinarOr404(ctx, pathParam(c, 'webinarId'))
      if (!webinarHasRegistration(webinar))
        throw zoomError(400, 300, messages.webinarNoRegistration(webinar.id))
      const all = ctx.org.webinars.registrants(webinar.id)
      return c.json(registrantsPage(ctx, `webinar-registrants:${webinar.id}`, all, queryOf(c)))
    })
  )

  app.get(
    '/v2/webinars/:webinarId/panelists',
    guarded(ctx, 'listWebinarPanelists', (c) => {
      const webinar = findWebinarOr404(ctx, pathParam(c, 'webinarId'))
      // Not paged: Zoom returns every panelist at once (SPEC).
      return c.json({
        total_records: webinar.panelists.length,
        panelists: webinar.panelists.map(panelistItem)
      })
    })
  )
}

/**
 * Finding a webinar (by id, or one instance by UUID) and Zoom's licence rule: webinars need a
 * paid plan with the Webinar add-on AND a webinar licence on the host. Otherwise Zoom answers
 * 400 with code 200 "Webinar plan subscription is missing…" (SPEC, the registrants and absentees
 * endpoints; HTTP 400 as on the webinar endpoints that state the status).
 */
import type { SimInstance } from '../org/types'
import type { SimWebinar } from '../org/webinar-types'
import type { SimContext } from '../server/context'
import { messages, zoomError } from '../server/errors'
import type { MeetingRef } from '../server/meeting-id'

export function requireWebinarLicence(ctx: SimContext, userId: string): void {
  if (ctx.webinarAddOn && ctx.org.webinars.isLicensed(userId)) return
  throw zoomError(400, 200, messages.noWebinarPlan(userId))
}

/** A numeric webinar id whose host holds a licence; 404/3001 for an unknown id. */
export function findWebinarOr404(ctx: SimContext, raw: string): SimWebinar {
  const webinar = /^\d+$/.test(raw) ? ctx.org.webinars.find(Number(raw)) : undefined
  if (!webinar) throw zoomError(404, 3001, messages.webinarNotFound(raw))
  requireWebinarLicence(ctx, webinar.hostId)
  return webinar
}

export interface ResolvedWebinarInstance {
  webinar: SimWebinar
  instance: SimInstance
}

/**
 * A numeric id means the latest ended instance; a UUID means that instance. `reportDelay` adds
 * the wait before report data exists (404/3001 "Meeting ID is invalid or not end.", SPEC).
 */
export function resolveWebinarInstance(
  ctx: SimContext,
  ref: MeetingRef,
  reportDelay: boolean
): ResolvedWebinarInstance {
  const now = ctx.now()
  const webinars = ctx.org.webinars
  let webinar: SimWebinar | undefined
  let instance: SimInstance | undefined
  if (ref.kind === 'id') {
    webinar = webinars.find(ref.id)
    instance = webinar?.instances.filter((i) => i.endTime <= now).at(-1)
  } else {
    instance = webinars.findInstance(ref.uuid)
    webinar = instance && webinars.find(instance.meetingId)
  }
  if (!webinar)
    throw zoomError(404, 3001, messages.webinarNotFound(ref.kind === 'id' ? ref.id : ref.uuid))
  requireWebinarLicence(ctx, webinar.hostId)
  if (!instance || instance.endTime > now) throw zoomError(404, 3001, messages.notEnded)
  if (reportDelay && now < instance.endTime + ctx.reportDelayMs)
    throw zoomError(404, 3001, messages.notEnded)
  return { webinar, instance }
}

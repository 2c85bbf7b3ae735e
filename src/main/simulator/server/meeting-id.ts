import type { Context } from 'hono'
import type { SimInstance, SimMeeting } from '../org/types'
import type { SimContext } from './context'
import { messages, zoomError } from './errors'
import type { SimEnv } from './guard'

export type MeetingRef = { kind: 'id'; id: number } | { kind: 'uuid'; uuid: string }

/**
 * Reads the meeting id/UUID from the RAW path. Hono decodes params once, which would hide the
 * difference between single and double encoding; Zoom's router decodes once, so a single-encoded
 * UUID starting with "/" or holding "//" breaks the route there (404/3001). We decode twice.
 */
export function meetingRefFromPath(c: Context<SimEnv>, prefix: string): MeetingRef {
  const rest = c.req.path.slice(c.req.path.indexOf(prefix) + prefix.length)
  const raw = rest.split('/')[0] ?? ''
  const once = safeDecode(raw)
  if (once === '' || once.startsWith('/') || once.includes('//')) {
    throw zoomError(404, 3001, messages.meetingUnavailable)
  }
  const twice = once.includes('%') ? safeDecode(once) : once
  return /^\d+$/.test(twice) ? { kind: 'id', id: Number(twice) } : { kind: 'uuid', uuid: twice }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export interface ResolvedInstance {
  meeting: SimMeeting
  instance: SimInstance
}

/**
 * A numeric id means the latest ended instance (Zoom); a UUID means that instance.
 * `reportDelay` adds the wait before report data exists.
 */
export function resolveInstance(
  ctx: SimContext,
  ref: MeetingRef,
  reportDelay: boolean
): ResolvedInstance {
  const now = ctx.now()
  let meeting: SimMeeting | undefined
  let instance: SimInstance | undefined
  if (ref.kind === 'id') {
    meeting = ctx.org.findMeeting(ref.id)
    if (!meeting) throw zoomError(404, 3001, messages.meetingNotFound(ref.id))
    instance = meeting.instances.filter((i) => i.endTime <= now).at(-1)
  } else {
    instance = ctx.org.findInstance(ref.uuid)
    meeting = instance && ctx.org.findMeeting(instance.meetingId)
    if (!instance || !meeting) throw zoomError(404, 3001, messages.meetingUnavailable)
  }
  if (!instance || instance.endTime > now) throw zoomError(404, 3001, messages.notEnded)
  if (reportDelay && now < instance.endTime + ctx.reportDelayMs)
    throw zoomError(404, 3001, messages.notEnded)
  return { meeting, instance }
}

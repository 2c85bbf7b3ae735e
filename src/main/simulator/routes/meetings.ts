import type { Hono } from 'hono'
import { defaultSettings } from '../org/meeting-factory'
import { randomMeetingId, randomUuid } from '../org/random'
import { expandRecurrence } from '../org/recurrence'
import { dayMs, isoSeconds, minuteMs } from '../org/time'
import type { SimMeeting } from '../org/types'
import type { SimContext } from '../server/context'
import { messages, validationFailed, zoomError } from '../server/errors'
import { guarded, type SimEnv } from '../server/guard'
import { isLive, meetingDetail, meetingListItem, upcomingOccurrences } from '../wire/meetings'
import { parseMeetingInput } from './meeting-input'
import { askedOccurrences } from './occurrence-query'
import { queryOf, readJsonBody, pathParam } from './request'
import { findUserOr404 } from './users'

const listTypes = ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings']
const hostingNotAllowed =
  'Meeting hosting and scheduling capabilities are not allowed for your user account.'

function lastStart(m: SimMeeting): number {
  return m.occurrences.at(-1)?.startTime ?? m.startTime ?? m.instances.at(-1)?.startTime ?? 0
}

/** Which meetings each `type` filter of GET /users/{userId}/meetings returns. */
function matchesListType(m: SimMeeting, type: string, now: number): boolean {
  const hasFuture = m.type === 3 || lastStart(m) + m.duration * minuteMs > now
  if (type === 'live') return isLive(m, now)
  if (type === 'upcoming' || type === 'upcoming_meetings') return hasFuture
  if (type === 'previous_meetings') return m.instances.some((i) => i.endTime <= now)
  // scheduled: unexpired (non-recurring meetings expire 30 days after their date).
  return m.type === 3 || lastStart(m) + 30 * dayMs > now
}

export function findMeetingOr404(ctx: SimContext, raw: string): SimMeeting {
  const meeting = /^\d+$/.test(raw) ? ctx.org.findMeeting(Number(raw)) : undefined
  if (!meeting) throw zoomError(404, 3001, messages.meetingNotFound(raw))
  return meeting
}

export function registerMeetingRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/users/:userId/meetings',
    guarded(ctx, 'listMeetings', (c) => {
      const user = findUserOr404(ctx, pathParam(c, 'userId'))
      const query = queryOf(c)
      const type = query.type ?? 'scheduled'
      if (!listTypes.includes(type)) throw validationFailed([{ field: 'type' }])
      const now = ctx.now()
      const meetings = ctx.org
        .meetingsHostedBy(user.id)
        .filter((m) => matchesListType(m, type, now))
        .sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0) || a.id - b.id)
      const { items, ...paging } = ctx.pages.page(`meetings:${user.id}:${type}`, meetings, query)
      return c.json({
        ...paging,
        meetings: items.map((m) => meetingListItem(m, upcomingOccurrences(m, now)[0]))
      })
    })
  )

  app.get(
    '/v2/meetings/:meetingId',
    guarded(ctx, 'getMeeting', (c) => {
      const meeting = findMeetingOr404(ctx, pathParam(c, 'meetingId'))
      const query = queryOf(c)
      const now = ctx.now()
      const { occurrences, occurrence } = askedOccurrences(meeting, query, now, () =>
        zoomError(404, 3001, messages.meetingNotFound(meeting.id))
      )
      const host = findUserOr404(ctx, meeting.hostId)
      return c.json(
        meetingDetail(meeting, {
          host,
          now,
          occurrences,
          pmiAsString: true,
          ...(occurrence ? { occurrence } : {})
        })
      )
    })
  )

  app.post(
    '/v2/users/:userId/meetings',
    guarded(ctx, 'createMeeting', async (c) => {
      const userId = pathParam(c, 'userId')
      const requester = ctx.org.findUser(userId)
      if (!requester)
        throw zoomError(404, 1001, `User ${userId} not exist or not belong to this account.`)
      const now = ctx.now()
      const input = parseMeetingInput(await readJsonBody(c), now)
      let host = requester
      if (input.scheduleFor !== undefined) {
        const other = ctx.org.findUser(input.scheduleFor)
        if (!other)
          throw zoomError(
            400,
            300,
            'The value that you entered for the schedule_for field is invalid. Enter a valid value and try again.'
          )
        host = other
      }
      if (host.status !== 'active') throw zoomError(400, 3161, hostingNotAllowed)
      ctx.dailyCaps.enforce(`meeting-create:${host.id}`, 100, messages.meetingCreateDaily, 'Medium')
      const rng = ctx.org.creationRng()
      const occurrences =
        input.type === 8 && input.recurrence && input.startTime !== undefined
          ? expandRecurrence(input.startTime, input.duration, input.recurrence, input.timezone)
          : []
      const meeting: SimMeeting = {
        id: randomMeetingId(rng),
        hostId: host.id,
        topic: input.topic,
        type: input.type,
        kind: 'created',
        ...(input.startTime !== undefined
          ? { startTime: occurrences[0]?.startTime ?? input.startTime }
          : {}),
        duration: input.duration,
        timezone: input.timezone,
        agenda: input.agenda,
        createdAt: isoSeconds(now),
        password: input.password,
        settings: defaultSettings(input.settings),
        ...(input.recurrence ? { recurrence: input.recurrence } : {}),
        occurrences,
        instances: [],
        uuid: randomUuid(rng),
        seed: rng.int(0, 0x7fffffff),
        ...(input.trackingFields ? { trackingFields: input.trackingFields } : {})
      }
      if (
        meeting.settings.approval_type !== 2 &&
        meeting.type === 8 &&
        meeting.settings.registration_type === undefined
      ) {
        meeting.settings.registration_type = 1
      }
      ctx.org.addMeeting(meeting)
      // The create response has no uuid/host_id/status; those appear on GET.
      const {
        uuid: _u,
        host_id: _h,
        status: _s,
        ...created
      } = meetingDetail(meeting, { host, now, occurrences, pmiAsString: false })
      return c.json(created, 201)
    })
  )
}

import type { Hono } from 'hono'
import { DateTime } from 'luxon'
import { dayMs } from '../org/time'
import type { SimInstance, SimMeeting, SimUser } from '../org/types'
import type { SimContext } from '../server/context'
import { messages, validationFailed, zoomError } from '../server/errors'
import { guarded, type SimEnv } from '../server/guard'
import { meetingRefFromPath, resolveInstance, type ResolvedInstance } from '../server/meeting-id'
import {
  reportMeeting,
  reportParticipant,
  reportUserMeeting,
  summarize
} from '../wire/participants'
import { queryOf, pathParam } from './request'
import { findUserOr404 } from './users'

const prefix = '/v2/report/meetings/'

/** Reports only cover meetings with two or more participants. */
function reportable(ctx: SimContext, found: ResolvedInstance): ResolvedInstance {
  if (ctx.org.uniqueParticipantCount(found.instance.uuid) < 2) {
    throw zoomError(404, 3001, messages.meetingNotFound(found.meeting.id))
  }
  return found
}

function parseDay(value: string | undefined): DateTime | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const parsed = DateTime.fromISO(value, { zone: 'utc' })
  return parsed.isValid ? parsed : undefined
}

/** from/to: required, at most one month apart, and within the past six months. */
function reportWindow(
  ctx: SimContext,
  query: Record<string, string | undefined>
): { from: number; to: number } {
  const from = parseDay(query.from)
  const to = parseDay(query.to)
  const missing = [...(from ? [] : [{ field: 'from' }]), ...(to ? [] : [{ field: 'to' }])]
  if (!from || !to) throw validationFailed(missing)
  if (to < from) throw zoomError(400, 300, 'The "to" date must be on or after the "from" date.')
  if (to > from.plus({ months: 1 }))
    throw zoomError(400, 300, 'The date range between "from" and "to" can be at most one month.')
  const today = DateTime.fromMillis(ctx.now(), { zone: 'utc' }).startOf('day')
  if (from < today.minus({ months: 6 }))
    throw zoomError(400, 300, 'The "from" date can be at most six months ago.')
  return { from: from.toMillis(), to: to.toMillis() + dayMs - 1 }
}

export function registerReportRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/report/users/:userId/meetings',
    guarded(ctx, 'reportUserMeetings', (c) => {
      const userId = pathParam(c, 'userId')
      const user = ctx.org.findUser(userId)
      if (!user)
        throw zoomError(404, 1001, `User ${userId} not exist or not belong to this account.`)
      const query = queryOf(c)
      const type = query.type ?? 'past'
      if (!['past', 'pastOne', 'pastJoined'].includes(type))
        throw validationFailed([{ field: 'type' }])
      const window = reportWindow(ctx, query)
      const ready = ctx.now() - ctx.reportDelayMs
      const candidates =
        type === 'pastJoined' ? ctx.org.meetings : ctx.org.meetingsHostedBy(user.id)
      const rows: { meeting: SimMeeting; instance: SimInstance }[] = []
      for (const meeting of candidates) {
        for (const instance of meeting.instances) {
          if (
            instance.startTime < window.from ||
            instance.startTime > window.to ||
            instance.endTime > ready
          )
            continue
          if (meeting.hostId !== user.id && !joined(ctx, instance, user)) continue
          if (ctx.org.uniqueParticipantCount(instance.uuid) >= 2) rows.push({ meeting, instance })
        }
      }
      rows.sort((a, b) => a.instance.startTime - b.instance.startTime)
      const { items, ...paging } = ctx.pages.page(
        `report-user:${user.id}:${query.from}:${query.to}:${type}`,
        rows,
        query
      )
      return c.json({
        from: query.from,
        to: query.to,
        ...paging,
        meetings: items.map(({ meeting, instance }) => {
          const participants = ctx.org.participants(instance.uuid)
          const internal = new Set(participants.filter((p) => p.internalUser).map((p) => p.id)).size
          const host = findUserOr404(ctx, meeting.hostId)
          return reportUserMeeting(
            meeting,
            instance,
            host,
            summarize(ctx.org, instance.uuid),
            internal
          )
        })
      })
    })
  )

  app.get(
    '/v2/report/meetings/:meetingId',
    guarded(ctx, 'reportMeeting', (c) => {
      const { meeting, instance } = reportable(
        ctx,
        resolveInstance(ctx, meetingRefFromPath(c, prefix), true)
      )
      const summary = summarize(ctx.org, instance.uuid)
      return c.json(reportMeeting(meeting, instance, findUserOr404(ctx, meeting.hostId), summary))
    })
  )

  app.get(
    '/v2/report/meetings/:meetingId/participants',
    guarded(ctx, 'reportParticipants', (c) => {
      const { instance } = reportable(
        ctx,
        resolveInstance(ctx, meetingRefFromPath(c, prefix), true)
      )
      const query = queryOf(c)
      const withRegistrant = (query.include_fields ?? '').split(',').includes('registrant_id')
      const rows = ctx.org.participants(instance.uuid)
      const { items, ...paging } = ctx.pages.page(
        `report-participants:${instance.uuid}`,
        rows,
        query
      )
      return c.json({
        ...paging,
        participants: items.map((row) => reportParticipant(row, withRegistrant))
      })
    })
  )
}

function joined(ctx: SimContext, instance: SimInstance, user: SimUser): boolean {
  return ctx.org.participants(instance.uuid).some((row) => row.id === user.id)
}

import type { NewMeetingInput, RecurrenceInput } from '../../shared/admin/meeting-input'
import { weekdayNames } from '../../shared/admin/meeting-input'
import { localStart, zoomEndDateTime, zoomLocalStartTime } from '../../shared/admin/meeting-time'
import type { CreateMeetingBody } from '../zoom'

type ZoomRecurrence = NonNullable<CreateMeetingBody['recurrence']>
type ZoomSettings = NonNullable<CreateMeetingBody['settings']>

const approvalType = { auto: 0, manual: 1, off: 2 } as const

function zoomRecurrence(
  r: Exclude<RecurrenceInput, { kind: 'none' }>,
  timezone: string
): ZoomRecurrence {
  const end =
    r.end.by === 'count'
      ? { end_times: r.end.count }
      : { end_date_time: zoomEndDateTime(r.end.date, timezone) }
  if (r.kind === 'daily') return { type: 1, repeat_interval: r.every, ...end }
  if (r.kind === 'weekly') {
    // Zoom numbers days 1 = Sunday … 7 = Saturday, as a comma list.
    const days = weekdayNames
      .map((name, index) => (r.weekdays.includes(name) ? String(index + 1) : ''))
      .filter(Boolean)
      .join(',')
    return {
      type: 2,
      repeat_interval: r.every,
      weekly_days: days as ZoomRecurrence['weekly_days'],
      ...end
    }
  }
  return { type: 3, repeat_interval: r.every, monthly_day: r.dayOfMonth, ...end }
}

/**
 * The POST /users/{userId}/meetings body. start_time is local wall-clock time with the zone
 * named beside it, so Zoom never reads it as UTC; a series is type 8 (fixed times).
 */
export function buildMeetingBody(input: NewMeetingInput): CreateMeetingBody {
  const start = localStart(input.date, input.time, input.timezone)
  if (!start) throw new Error('The start date and time were not checked before building.')
  const recurring = input.recurrence.kind !== 'none'
  const settings: ZoomSettings = {
    waiting_room: input.waitingRoom,
    approval_type: approvalType[input.registration],
    // One registration covers every meeting of the series, which suits attendance tracking.
    ...(recurring && input.registration !== 'off' ? { registration_type: 1 as const } : {})
  }
  return {
    topic: input.topic,
    type: recurring ? 8 : 2,
    start_time: zoomLocalStartTime(start.at),
    timezone: input.timezone,
    duration: input.durationMinutes,
    ...(input.agenda.trim() ? { agenda: input.agenda.trim() } : {}),
    ...(input.passcode ? { password: input.passcode } : {}),
    ...(input.recurrence.kind !== 'none'
      ? { recurrence: zoomRecurrence(input.recurrence, input.timezone) }
      : {}),
    settings
  }
}

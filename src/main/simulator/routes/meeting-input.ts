import { DateTime } from 'luxon'
import type { MeetingSettings, Recurrence } from '../org/types'
import { validationFailed } from '../server/errors'

export interface MeetingInput {
  topic: string
  type: 1 | 2 | 3 | 8
  startTime?: number
  duration: number
  timezone: string
  password: string
  agenda: string
  scheduleFor?: string
  recurrence?: Recurrence
  settings: Partial<MeetingSettings>
  trackingFields?: { field: string; value: string }[]
}

type Body = Record<string, unknown>
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

/** Validates a POST /users/{userId}/meetings body the way Zoom does (300 "Validation Failed."). */
export function parseMeetingInput(body: Body, now: number): MeetingInput {
  const bad: { field: string; message?: string }[] = []
  const type = body.type ?? 2
  if (![1, 2, 3, 8].includes(type as number)) bad.push({ field: 'type' })
  const topic = body.topic ?? 'Zoom meeting'
  if (typeof topic !== 'string' || topic.length > 200) bad.push({ field: 'topic' })
  const timezone = body.timezone ?? 'UTC'
  if (typeof timezone !== 'string' || !DateTime.local().setZone(timezone).isValid)
    bad.push({ field: 'timezone' })
  const duration = body.duration ?? 60
  if (!isInt(duration) || duration < 0) bad.push({ field: 'duration' })
  const password = body.password ?? ''
  if (typeof password !== 'string' || password.length > 10 || !/^[A-Za-z0-9@\-_*]*$/.test(password))
    bad.push({ field: 'password' })
  const agenda = body.agenda ?? ''
  if (typeof agenda !== 'string' || agenda.length > 2000) bad.push({ field: 'agenda' })
  let startTime: number | undefined
  if (body.start_time !== undefined) {
    startTime = parseStart(body.start_time, typeof timezone === 'string' ? timezone : 'UTC')
    if (startTime === undefined) bad.push({ field: 'start_time' })
  }
  const recurrence = body.recurrence
  if (type === 8 && (recurrence === undefined || !validRecurrence(recurrence)))
    bad.push({ field: 'recurrence' })
  else if (recurrence !== undefined && !validRecurrence(recurrence))
    bad.push({ field: 'recurrence' })
  const settings = (body.settings ?? {}) as Record<string, unknown>
  if (typeof settings !== 'object' || Array.isArray(settings)) bad.push({ field: 'settings' })
  else {
    if (
      settings.approval_type !== undefined &&
      ![0, 1, 2].includes(settings.approval_type as number)
    )
      bad.push({ field: 'settings.approval_type' })
    if (
      settings.registration_type !== undefined &&
      ![1, 2, 3].includes(settings.registration_type as number)
    )
      bad.push({ field: 'settings.registration_type' })
    if (settings.jbh_time !== undefined && ![0, 5, 10].includes(settings.jbh_time as number))
      bad.push({ field: 'settings.jbh_time' })
  }
  if (body.schedule_for !== undefined && typeof body.schedule_for !== 'string')
    bad.push({ field: 'schedule_for' })
  if (bad.length > 0) throw validationFailed(bad)
  return {
    topic: topic as string,
    type: type as MeetingInput['type'],
    ...(type === 3 ? {} : { startTime: type === 1 ? now : (startTime ?? now) }),
    duration: duration as number,
    timezone: timezone as string,
    password: (password as string) || String(100000 + (now % 900000)),
    agenda: agenda as string,
    ...(typeof body.schedule_for === 'string' ? { scheduleFor: body.schedule_for } : {}),
    ...(recurrence !== undefined && (type === 8 || type === 3)
      ? { recurrence: recurrence as Recurrence }
      : {}),
    settings: settings as Partial<MeetingSettings>,
    ...(Array.isArray(body.tracking_fields)
      ? { trackingFields: body.tracking_fields as { field: string; value: string }[] }
      : {})
  }
}

/** `yyyy-MM-ddTHH:mm:ssZ` is GMT; without Z it is local time in `timezone`. */
function parseStart(value: unknown, timezone: string): number | undefined {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value)
  )
    return undefined
  const parsed = /(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? DateTime.fromISO(value)
    : DateTime.fromISO(value, { zone: timezone })
  return parsed.isValid ? parsed.toMillis() : undefined
}

function validRecurrence(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false
  const r = value as Record<string, unknown>
  if (![1, 2, 3].includes(r.type as number)) return false
  const maxInterval = r.type === 1 ? 90 : r.type === 2 ? 12 : 3
  if (
    r.repeat_interval !== undefined &&
    (!isInt(r.repeat_interval) || r.repeat_interval < 1 || r.repeat_interval > maxInterval)
  )
    return false
  if (
    r.weekly_days !== undefined &&
    (typeof r.weekly_days !== 'string' || !/^[1-7](,[1-7])*$/.test(r.weekly_days))
  )
    return false
  if (
    r.monthly_day !== undefined &&
    (!isInt(r.monthly_day) || r.monthly_day < 1 || r.monthly_day > 31)
  )
    return false
  if (r.end_times !== undefined && (!isInt(r.end_times) || r.end_times < 1 || r.end_times > 365))
    return false
  if (
    r.end_date_time !== undefined &&
    (typeof r.end_date_time !== 'string' || Number.isNaN(Date.parse(r.end_date_time)))
  )
    return false
  // end_times and end_date_time cannot both be set.
  return !(r.end_times !== undefined && r.end_date_time !== undefined)
}

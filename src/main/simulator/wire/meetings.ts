import { isoSeconds, minuteMs } from '../org/time'
import type { SimMeeting, SimOccurrence, SimUser } from '../org/types'
import { hasRegistration } from '../org/types'

const web = 'https://us06web.zoom.us'

/** What the schedule helpers read; meetings and webinars both have it. */
type Schedule = Pick<SimMeeting, 'occurrences' | 'startTime' | 'duration' | 'instances'>

export function joinUrl(meeting: SimMeeting): string {
  return `${web}/j/${meeting.id}?pwd=${Buffer.from(meeting.password).toString('base64url')}`
}

/** A row of GET /users/{userId}/meetings (the list schema has `pmi` as a string). */
export function meetingListItem(
  meeting: SimMeeting,
  next: SimOccurrence | undefined
): Record<string, unknown> {
  const start = next?.startTime ?? meeting.startTime
  return {
    uuid: meeting.uuid,
    id: meeting.id,
    host_id: meeting.hostId,
    topic: meeting.topic,
    type: meeting.type,
    ...(start !== undefined ? { start_time: isoSeconds(start) } : {}),
    duration: meeting.duration,
    timezone: meeting.timezone,
    ...(meeting.agenda ? { agenda: meeting.agenda.slice(0, 250) } : {}),
    created_at: meeting.createdAt,
    join_url: joinUrl(meeting)
  }
}

export interface DetailOptions {
  host: SimUser
  now: number
  occurrences: SimOccurrence[]
  /** GET /meetings/{id} has `pmi` as a string; the create response has an integer. */
  pmiAsString: boolean
  /** occurrence_id asked for: start_time/duration are that occurrence's. */
  occurrence?: SimOccurrence
}

/** POST /users/{userId}/meetings (201) and GET /meetings/{meetingId}. */
export function meetingDetail(
  meeting: SimMeeting,
  options: DetailOptions
): Record<string, unknown> {
  const { host, now } = options
  const start =
    options.occurrence?.startTime ?? options.occurrences[0]?.startTime ?? meeting.startTime
  const live = isLive(meeting, now)
  return {
    uuid: meeting.uuid,
    id: meeting.id,
    host_id: meeting.hostId,
    host_email: host.email,
    assistant_id: '',
    topic: meeting.topic,
    type: meeting.type,
    status: live ? 'started' : 'waiting',
    ...(start !== undefined && meeting.type !== 3 ? { start_time: isoSeconds(start) } : {}),
    duration: options.occurrence?.duration ?? meeting.duration,
    timezone: meeting.timezone,
    agenda: meeting.agenda,
    created_at: meeting.createdAt,
    start_url: `${web}/s/${meeting.id}?zak=${Buffer.from(`${meeting.id}:${Math.floor(now / 7_200_000)}`).toString('base64url')}`,
    join_url: joinUrl(meeting),
    ...(hasRegistration(meeting)
      ? {
          registration_url: `${web}/meeting/register/${Buffer.from(String(meeting.id)).toString('base64url')}`
        }
      : {}),
    password: meeting.password,
    h323_password: meeting.password,
    pstn_password: meeting.password,
    encrypted_password: Buffer.from(meeting.password).toString('base64url'),
    pre_schedule: false,
    ...(options.pmiAsString ? {} : { pmi: host.pmi }),
    ...(options.occurrences.length > 0
      ? {
          occurrences: options.occurrences.map((o) => ({
            occurrence_id: o.occurrenceId,
            start_time: isoSeconds(o.startTime),
            duration: o.duration,
            status: 'available'
          }))
        }
      : {}),
    ...(meeting.recurrence ? { recurrence: meeting.recurrence } : {}),
    settings: meeting.settings,
    ...(meeting.trackingFields ? { tracking_fields: meeting.trackingFields } : {})
  }
}

/** A meeting is live while one of its scheduled sessions is under way. */
export function isLive(meeting: Schedule, now: number): boolean {
  const starts =
    meeting.occurrences.length > 0
      ? meeting.occurrences.map((o) => o.startTime)
      : meeting.startTime !== undefined
        ? [meeting.startTime]
        : []
  const span = meeting.duration * minuteMs
  const ran = (start: number): boolean =>
    meeting.instances.some((i) => Math.abs(i.startTime - start) < span)
  return starts.some((start) => start <= now && now < start + span && !ran(start))
}

/** Occurrences that have not ended yet (Zoom hides past ones unless asked). */
export function upcomingOccurrences(meeting: Schedule, now: number): SimOccurrence[] {
  return meeting.occurrences.filter((o) => o.startTime + o.duration * minuteMs > now)
}

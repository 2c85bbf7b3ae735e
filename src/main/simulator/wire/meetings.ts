import { isoSeconds, minuteMs } from '../org/time'
import type { SimMeeting, SimOccurrence, SimUser } from '../org/types'
import { hasRegistration } from '../org/types'

const web = 'https://us06web.zoom.us'

/** What the schedule helpers read; meetings and webinars both have it. */
export type Schedule = Pick<SimMeeting, 'occurrences' | 'startTime' | 'duration' | 'instances'>

/** What a list row reads; meetings and webinars both have it. */
export type Listed = Pick<
  SimMeeting,
  'uuid' | 'id' | 'hostId' | 'topic' | 'startTime' | 'duration' | 'timezone' | 'agenda'
> &
  Pick<SimMeeting, 'createdAt' | 'password'> & { type: number }

export function joinUrl(meeting: Pick<SimMeeting, 'id' | 'password'>): string {
  return `${web}/j/${meeting.id}?pwd=${Buffer.from(meeting.password).toString('base64url')}`
}

/** A row of GET /users/{userId}/meetings (and, with is_simulive, of the webinar list). */
export function meetingListItem(
  meeting: Listed,
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
    start_url: startUrl(meeting.id, now),
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
    ...occurrencesField(options.occurrences),
    ...(meeting.recurrence ? { recurrence: meeting.recurrence } : {}),
    settings: meeting.settings,
    ...(meeting.trackingFields ? { tracking_fields: meeting.trackingFields } : {})
  }
}

/** The host's start link; like Zoom's, it changes every two hours. */
export function startUrl(id: number, now: number): string {
  const zak = Buffer.from(`${id}:${Math.floor(now / 7_200_000)}`).toString('base64url')
  return `${web}/s/${id}?zak=${zak}`
}

/** `occurrences` of a recurring meeting or webinar; left out when there are none. */
export function occurrencesField(occurrences: SimOccurrence[]): Record<string, unknown> {
  if (occurrences.length === 0) return {}
  return {
    occurrences: occurrences.map((o) => ({
      occurrence_id: o.occurrenceId,
      start_time: isoSeconds(o.startTime),
      duration: o.duration,
      status: 'available'
    }))
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

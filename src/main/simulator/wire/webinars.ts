/** Zoom's JSON for webinars: list rows, the webinar object and its panelists (SPEC schemas). */
import { isoSeconds } from '../org/time'
import type { SimOccurrence, SimUser } from '../org/types'
import type { SimPanelist, SimWebinar } from '../org/webinar-types'
import { webinarHasRegistration } from '../org/webinar-types'
import { joinUrl, meetingListItem, occurrencesField, startUrl } from './meetings'

const web = 'https://us06web.zoom.us'

/** A row of GET /users/{userId}/webinars: a meeting row plus is_simulive. */
export function webinarListItem(
  webinar: SimWebinar,
  next: SimOccurrence | undefined
): Record<string, unknown> {
  return { ...meetingListItem(webinar, next), is_simulive: false }
}

export interface WebinarDetailOptions {
  host: SimUser
  now: number
  occurrences: SimOccurrence[]
  /** occurrence_id asked for: start_time/duration are that occurrence's. */
  occurrence?: SimOccurrence
}

/** GET /webinars/{webinarId}. */
export function webinarDetail(
  webinar: SimWebinar,
  options: WebinarDetailOptions
): Record<string, unknown> {
  const { host, now } = options
  const start =
    options.occurrence?.startTime ?? options.occurrences[0]?.startTime ?? webinar.startTime
  return {
    uuid: webinar.uuid,
    id: webinar.id,
    host_id: webinar.hostId,
    host_email: host.email,
    topic: webinar.topic,
    type: webinar.type,
    ...(start !== undefined && webinar.type !== 6 ? { start_time: isoSeconds(start) } : {}),
    duration: options.occurrence?.duration ?? webinar.duration,
    timezone: webinar.timezone,
    agenda: webinar.agenda,
    created_at: webinar.createdAt,
    start_url: startUrl(webinar.id, now),
    join_url: joinUrl(webinar),
    ...(webinarHasRegistration(webinar)
      ? {
          registration_url: `${web}/webinar/register/${Buffer.from(String(webinar.id)).toString('base64url')}`
        }
      : {}),
    password: webinar.password,
    ...occurrencesField(options.occurrences),
    ...(webinar.recurrence ? { recurrence: webinar.recurrence } : {}),
    settings: webinar.settings,
    is_simulive: false
  }
}

/** A row of GET /webinars/{webinarId}/panelists. */
export function panelistItem(panelist: SimPanelist): Record<string, unknown> {
  return {
    id: panelist.id,
    email: panelist.email,
    name: panelist.name,
    join_url: panelist.joinUrl,
    virtual_background_id: '',
    name_tag_id: '',
    name_tag_name: '',
    name_tag_pronouns: '',
    name_tag_description: ''
  }
}

import type { RateCategory } from './rate-limits'

export interface EndpointSpec {
  method: 'GET' | 'POST'
  /** OpenAPI path template, e.g. /past_meetings/{meetingId}. */
  path: string
  category: RateCategory
  /** Granular scopes that grant access (any one is enough), as Zoom lists them in 4711. */
  scopes: string[]
  /** Classic scopes (pre-2024 apps) that also grant access; never shown in messages. */
  classic: string[]
  paidOnly?: boolean
}

const both = (scope: string): string[] => [scope, `${scope}:admin`]
const webinarClassic = ['webinar:read:admin', 'webinar:read']

/** Endpoint → rate-limit category (zoom-api.md §3) and scopes (§4). */
export const endpoints = {
  listUsers: spec('GET', '/users', 'Medium', ['user:read:list_users:admin'], ['user:read:admin']),
  getUser: spec('GET', '/users/{userId}', 'Light', both('user:read:user'), [
    'user:read:admin',
    'user:read'
  ]),
  createUser: spec('POST', '/users', 'Light', ['user:write:user:admin'], ['user:write:admin']),
  listMeetings: spec(
    'GET',
    '/users/{userId}/meetings',
    'Medium',
    both('meeting:read:list_meetings'),
    ['meeting:read:admin', 'meeting:read']
  ),
  createMeeting: spec('POST', '/users/{userId}/meetings', 'Medium', both('meeting:write:meeting'), [
    'meeting:write:admin',
    'meeting:write'
  ]),
  getMeeting: spec('GET', '/meetings/{meetingId}', 'Light', both('meeting:read:meeting'), [
    'meeting:read:admin',
    'meeting:read'
  ]),
  listRegistrants: spec(
    'GET',
    '/meetings/{meetingId}/registrants',
    'Medium',
    both('meeting:read:list_registrants'),
    ['meeting:read:admin', 'meeting:read']
  ),
  getPastMeeting: spec(
    'GET',
    '/past_meetings/{meetingId}',
    'Light',
    both('meeting:read:past_meeting'),
    ['meeting:read:admin', 'meeting:read']
  ),
  listPastInstances: spec(
    'GET',
    '/past_meetings/{meetingId}/instances',
    'Medium',
    both('meeting:read:list_past_instances'),
    ['meeting:read:admin', 'meeting:read']
  ),
  listPastParticipants: spec(
    'GET',
    '/past_meetings/{meetingId}/participants',
    'Medium',
    both('meeting:read:list_past_participants'),
    ['meeting:read:admin', 'meeting:read'],
    true
  ),
  reportUserMeetings: spec(
    'GET',
    '/report/users/{userId}/meetings',
    'Heavy',
    ['report:read:user:admin'],
    ['report:read:admin'],
    true
  ),
  reportMeeting: spec(
    'GET',
    '/report/meetings/{meetingId}',
    'Heavy',
    ['report:read:meeting:admin'],
    ['report:read:admin'],
    true
  ),
  reportParticipants: spec(
    'GET',
    '/report/meetings/{meetingId}/participants',
    'Heavy',
    ['report:read:list_meeting_participants:admin'],
    ['report:read:admin'],
    true
  ),
  // Webinars: categories are each operation's SPEC "Rate Limit Label" (instances is Light and
  // absentees Heavy there, unlike their meeting twins); granular scopes as Zoom lists them.
  listWebinars: spec(
    'GET',
    '/users/{userId}/webinars',
    'Medium',
    both('webinar:read:list_webinars'),
    webinarClassic
  ),
  getWebinar: spec(
    'GET',
    '/webinars/{webinarId}',
    'Light',
    both('webinar:read:webinar'),
    webinarClassic
  ),
  listWebinarRegistrants: spec(
    'GET',
    '/webinars/{webinarId}/registrants',
    'Medium',
    both('webinar:read:list_registrants'),
    webinarClassic
  ),
  listWebinarPanelists: spec(
    'GET',
    '/webinars/{webinarId}/panelists',
    'Medium',
    both('webinar:read:list_panelists'),
    webinarClassic
  ),
  listPastWebinarInstances: spec(
    'GET',
    '/past_webinars/{webinarId}/instances',
    'Light',
    both('webinar:read:list_past_instances'),
    webinarClassic
  ),
  listPastWebinarParticipants: spec(
    'GET',
    '/past_webinars/{webinarId}/participants',
    'Medium',
    both('webinar:read:list_past_participants'),
    webinarClassic,
    true
  ),
  listWebinarAbsentees: spec(
    'GET',
    '/past_webinars/{WebinarUUID}/absentees',
    'Heavy',
    both('webinar:read:list_absentees'),
    webinarClassic
  ),
  reportWebinar: spec(
    'GET',
    '/report/webinars/{webinarId}',
    'Heavy',
    ['report:read:webinar:admin'],
    ['report:read:admin'],
    true
  ),
  reportWebinarParticipants: spec(
    'GET',
    '/report/webinars/{webinarId}/participants',
    'Heavy',
    ['report:read:list_webinar_participants:admin'],
    ['report:read:admin'],
    true
  )
} satisfies Record<string, EndpointSpec>

export type EndpointName = keyof typeof endpoints

/** Every granular scope Headcount needs (the admin variant of each). */
export const HEADCOUNT_SCOPES: string[] = [
  ...new Set(
    Object.values(endpoints).map(
      (e) => e.scopes.find((s) => s.endsWith(':admin')) ?? (e.scopes[0] as string)
    )
  )
]

function spec(
  method: EndpointSpec['method'],
  path: string,
  category: RateCategory,
  scopes: string[],
  classic: string[],
  paidOnly = false
): EndpointSpec {
  return { method, path, category, scopes, classic, paidOnly }
}

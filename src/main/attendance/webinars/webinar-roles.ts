/**
 * Webinar roles as a pass over the engine's finished person rows: Zoom's participant rows carry
 * no role, so Host and Panelist are read from the webinar's host and its panelist list. Kept
 * apart from the engine so the engine's one-row-per-person rules stay the same for both kinds.
 */
import type { InstanceAttendance, PersonAttendance } from '../engine'

export type WebinarRole = 'Host' | 'Panelist' | 'Attendee'

/** Why a person got their role: shown in the audit trail. */
export type RoleRule = 'host-user-id' | 'host-email' | 'panelist-email' | 'attendee'

export interface WebinarHost {
  zoomUserId?: string | null
  email?: string | null
}

export interface PanelistRow {
  email?: string | null
  name?: string | null
  [field: string]: unknown
}

export type WebinarPerson = PersonAttendance & { role: WebinarRole; roleRule: RoleRule }

const lower = (value: unknown): string =>
  typeof value === 'string' ? value.trim().toLowerCase() : ''

/**
 * Host when the person signed in as the host (or used the host's email); Panelist when their
 * email is on the panelist list (a panelist who also registered is still a Panelist); else
 * Attendee. People keep the engine's order.
 */
export function assignRoles(
  attendance: InstanceAttendance,
  host: WebinarHost,
  panelists: readonly PanelistRow[]
): WebinarPerson[] {
  const hostId = typeof host.zoomUserId === 'string' ? host.zoomUserId.trim() : ''
  const hostEmail = lower(host.email)
  const panelistEmails = new Set(panelists.map((p) => lower(p?.email)).filter((e) => e !== ''))
  return attendance.people.map((person) => {
    const rule = roleRuleOf(person, hostId, hostEmail, panelistEmails)
    return { ...person, role: roleOf[rule], roleRule: rule }
  })
}

const roleOf: Record<RoleRule, WebinarRole> = {
  'host-user-id': 'Host',
  'host-email': 'Host',
  'panelist-email': 'Panelist',
  attendee: 'Attendee'
}

function roleRuleOf(
  person: PersonAttendance,
  hostId: string,
  hostEmail: string,
  panelistEmails: ReadonlySet<string>
): RoleRule {
  if (hostId !== '' && person.zoomUserId === hostId) return 'host-user-id'
  const email = lower(person.email)
  if (hostEmail !== '' && email === hostEmail) return 'host-email'
  if (email !== '' && panelistEmails.has(email)) return 'panelist-email'
  return 'attendee'
}

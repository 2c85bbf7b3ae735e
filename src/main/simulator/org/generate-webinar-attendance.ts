/**
 * Who came to one webinar instance and the join/leave rows Zoom would report: the host and the
 * panelists from the practice session on, registered attendees once the broadcast starts (or
 * anonymous guests when there is no registration). Every row also carries the role it played.
 */
import { randomPerson } from './people'
import { Rng } from './random'
import { stayRows, numberRows, type RowPerson } from './session-rows'
import { minuteMs } from './time'
import type { SimInstance, SimRegistrant, SimUser } from './types'
import type { SimWebinar, SimWebinarRow, WebinarRole } from './webinar-types'
import { webinarHasRegistration } from './webinar-types'

export interface WebinarAttendanceInput {
  webinar: SimWebinar
  instance: SimInstance
  host: SimUser
  /** The registrants of this instance's occurrence (all statuses). */
  registrants: SimRegistrant[]
}

export function generateWebinarAttendance(input: WebinarAttendanceInput): SimWebinarRow[] {
  const { webinar, instance, host } = input
  const rng = new Rng(instance.seed)
  const liveAt = Math.min(
    instance.startTime + webinar.practiceMinutes * minuteMs,
    instance.endTime - 5 * minuteMs
  )
  const rows: SimWebinarRow[] = []
  const push = (
    person: RowPerson,
    role: WebinarRole,
    join: number,
    leave: number,
    rejoin: boolean
  ): void => {
    for (const row of stayRows(rng, person, join, leave, rejoin)) rows.push({ ...row, role })
  }
  push(
    { id: host.id, name: host.displayName, email: host.email, internal: true },
    'Host',
    instance.startTime,
    instance.endTime,
    false
  )
  for (const panelist of webinar.panelists) {
    // Panelists come to the practice session; without one, just before the broadcast.
    const early = webinar.practiceMinutes > 0 ? rng.int(0, webinar.practiceMinutes / 2) : 0
    const join = Math.max(instance.startTime, instance.startTime + early * minuteMs)
    const leave = instance.endTime - rng.int(0, 2) * minuteMs
    push(
      {
        id: panelist.internalUserId ?? '',
        name: panelist.name,
        email: panelist.email,
        internal: panelist.internalUserId !== undefined
      },
      'Panelist',
      join,
      leave,
      rng.chance(0.1)
    )
  }
  const span = instance.endTime - liveAt
  attendeesOf(input, rng).forEach((person, index) => {
    const join = liveAt + rng.int(0, Math.floor(span * 0.15))
    // Most attendees stay to the end; some leave early.
    const leave = rng.chance(0.8)
      ? instance.endTime - rng.int(0, 2) * minuteMs
      : join + Math.floor((instance.endTime - join) * (0.3 + rng.next() * 0.6))
    const rejoin = instance.showcase ? index === 1 || index === 2 : rng.chance(0.1)
    push(person, 'Attendee', join, leave, rejoin)
  })
  return numberRows(rows)
}

function attendeesOf(input: WebinarAttendanceInput, rng: Rng): RowPerson[] {
  const { webinar, instance } = input
  const wanted = Math.max(0, instance.attendees)
  if (!webinarHasRegistration(webinar)) {
    return Array.from({ length: wanted }, () => {
      const person = randomPerson(rng)
      // Guests who never registered: Zoom shows no email for them.
      return { id: '', name: `${person.firstName} ${person.lastName}`, email: '', internal: false }
    })
  }
  // A panelist who also registered joins through the panelist link, never as an attendee.
  const panelistRegistrations = new Set(webinar.panelists.map((p) => p.registrantId))
  const approved = input.registrants.filter(
    (r) => r.status === 'approved' && !panelistRegistrations.has(r.id)
  )
  // Always leave some no-shows, so every instance has absentees.
  const coming = Math.min(wanted, Math.max(0, approved.length - 3))
  return approved.slice(0, coming).map((registrant) => ({
    id: '',
    name: `${registrant.firstName} ${registrant.lastName}`.trim(),
    email: registrant.email,
    registrantId: registrant.id,
    internal: false
  }))
}

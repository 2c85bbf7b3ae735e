/**
 * Registered vs attended counts for a webinar. Panelists and the host run the webinar rather
 * than attend it, so by default they are left out of the attendee figures; a toggle counts them.
 */
import type { WebinarPerson } from './webinar-roles'

export interface WebinarCounts {
  /** People counted as audience (attendees, plus panelists and host when counted). */
  counted: number
  /** Of those, how many registered (any status). */
  registered: number
  /** Of those, how many were in the webinar (Attended, Partial or Joined). */
  attended: number
  /** Registered and approved, but never joined. */
  absent: number
  panelists: number
  hosts: number
  /** Whether panelists and the host are inside the figures above. */
  panelistsCounted: boolean
}

const inWebinar = new Set(['Attended', 'Partial', 'Joined'])

export function countWebinar(
  people: readonly WebinarPerson[],
  options: { countPanelists?: boolean } = {}
): WebinarCounts {
  const panelistsCounted = options.countPanelists === true
  const counts: WebinarCounts = {
    counted: 0,
    registered: 0,
    attended: 0,
    absent: 0,
    panelists: 0,
    hosts: 0,
    panelistsCounted
  }
  for (const person of people) {
    if (person.role === 'Panelist') counts.panelists++
    if (person.role === 'Host') counts.hosts++
    if (person.role !== 'Attendee' && !panelistsCounted) continue
    counts.counted++
    if (person.registered) counts.registered++
    if (inWebinar.has(person.status)) counts.attended++
    else if (person.registrationStatus === 'approved') counts.absent++
  }
  return counts
}

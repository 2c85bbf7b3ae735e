/**
 * Registered against attended, per session and across sessions: no-shows registered and never
 * joined; walk-ins joined without registering; frequent no-shows registered at least twice and
 * never came to any of those sessions.
 */
import type { InstanceAttendance } from '../attendance/engine'
import { displayOf, groupByPerson } from './person-identity'
import { isPresent, type SessionOutcome } from './session-outcome'

export interface RegistrationCounts {
  registered: number
  attended: number
  noShows: number
  walkIns: number
  /** The no-shows by name and email. */
  noShowList: { name: string; email: string }[]
}

export function registrationCounts(attendance: InstanceAttendance): RegistrationCounts {
  const counts: RegistrationCounts = {
    registered: 0,
    attended: 0,
    noShows: 0,
    walkIns: 0,
    noShowList: []
  }
  for (const person of attendance.people) {
    const present = isPresent(person)
    if (person.registered) counts.registered++
    if (present) counts.attended++
    if (present && !person.registered) counts.walkIns++
    if (person.registered && !present) {
      counts.noShows++
      counts.noShowList.push({ name: person.name, email: person.email })
    }
  }
  return counts
}

export interface FrequentNoShow {
  name: string
  email: string
  registered: number
  /** Start of the last session they registered for. */
  lastRegisteredMs: number | null
}

export function frequentNoShows(
  outcomes: readonly SessionOutcome[],
  minRegistrations = 2
): FrequentNoShow[] {
  const rows: FrequentNoShow[] = []
  for (const group of groupByPerson(outcomes)) {
    if (group.some((o) => o.present)) continue
    const registered = new Set(group.filter((o) => o.registered).map((o) => o.session.uuid))
    if (registered.size < minRegistrations) continue
    const starts = group.filter((o) => o.registered).map((o) => o.session.startMs ?? 0)
    rows.push({
      ...displayOf(group),
      registered: registered.size,
      lastRegisteredMs: starts.length ? Math.max(...starts) : null
    })
  }
  return rows.sort((a, b) => b.registered - a.registered || a.name.localeCompare(b.name))
}

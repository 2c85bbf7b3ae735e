/**
 * One row per person over the chosen sessions: how often they came, for how long, how often
 * they registered and stayed away, and when they were first and last seen.
 */
import { displayOf, groupByPerson } from './person-identity'
import type { SessionOutcome } from './session-outcome'

export interface PeopleListRow {
  name: string
  email: string
  sessionsAttended: number
  minutes: number
  registeredAbsent: number
  firstSeenMs: number | null
  lastSeenMs: number | null
}

export function peopleList(
  outcomes: readonly SessionOutcome[],
  /** Only people not seen since this instant (never seen counts as not seen). */
  notSeenSinceMs?: number
): PeopleListRow[] {
  const rows = groupByPerson(outcomes.filter((o) => o.registered || o.present)).map(listRow)
  const kept =
    notSeenSinceMs === undefined
      ? rows
      : rows.filter((r) => r.lastSeenMs === null || r.lastSeenMs < notSeenSinceMs)
  return kept.sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email))
}

function listRow(group: readonly SessionOutcome[]): PeopleListRow {
  const present = new Set<string>()
  const registered = new Set<string>()
  let minutes = 0
  let first: number | null = null
  let last: number | null = null
  for (const o of group) {
    if (o.registered) registered.add(o.session.uuid)
    if (!o.present) continue
    present.add(o.session.uuid)
    minutes += o.minutes ?? 0
    const start = o.session.startMs
    if (start === null) continue
    first = first === null ? start : Math.min(first, start)
    last = last === null ? start : Math.max(last, start)
  }
  let absent = 0
  for (const uuid of registered) if (!present.has(uuid)) absent++
  return {
    ...displayOf(group),
    sessionsAttended: present.size,
    minutes: Math.round(minutes * 10) / 10,
    registeredAbsent: absent,
    firstSeenMs: first,
    lastSeenMs: last
  }
}

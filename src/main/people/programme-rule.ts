/**
 * Completion rules of a programme, applied to the outcomes of its sessions. Pure and recomputed
 * on every read: editing a rule changes every person's status at once.
 *
 * - sessions: at least N sessions, each at or above P% (a repeated session counts again);
 * - distinct: at least N of the programme's distinct sessions at or above P% (a course of 8
 *   where 6 are needed). A session is one meeting on one UTC day, so a restarted meeting that
 *   Zoom split into two UUIDs counts once.
 */
import { displayOf, groupByPerson } from './person-identity'
import type { SessionOutcome, SessionRef } from './session-outcome'

export interface ProgrammeRule {
  kind: 'sessions' | 'distinct'
  minSessions: number
  minPercent: number
}

export type ProgrammeStatus =
  | 'Completed'
  | 'In progress'
  | 'Attended only below the threshold'
  | 'Registered but never attended'

export interface ProgrammePerson {
  name: string
  email: string
  status: ProgrammeStatus
  /** Start of the session that completed the rule; null unless Completed. */
  completedOnMs: number | null
  /** Sessions (or distinct sessions) at or above the percent. */
  qualifying: number
  /** What the rule asks for. */
  needed: number
  /** Sessions the person was in, whatever the percent. */
  sessionsAttended: number
  sessionsRegistered: number
  minutes: number
  firstSeenMs: number | null
  lastSeenMs: number | null
}

export interface ProgrammeResult {
  /** Distinct sessions of the programme (the M of "N of M" for a course). */
  distinctSessions: number
  instances: number
  people: ProgrammePerson[]
  counts: Record<ProgrammeStatus, number>
  /** Completions per month of the qualifying session, 'YYYY-MM' in UTC, oldest first. */
  completionsByMonth: { month: string; completions: number }[]
}

export const programmeStatuses: readonly ProgrammeStatus[] = [
  'Completed',
  'In progress',
  'Attended only below the threshold',
  'Registered but never attended'
]

export function distinctSessionKey(session: SessionRef): string {
  const day =
    session.startMs === null ? 'undated' : new Date(session.startMs).toISOString().slice(0, 10)
  return `${session.meetingId} ${day}`
}

const qualifies = (o: SessionOutcome, rule: ProgrammeRule): boolean =>
  o.present && o.percent !== null && o.percent >= rule.minPercent

/** One person's status under the rule; their outcomes oldest first. */
export function evaluatePerson(
  group: readonly SessionOutcome[],
  rule: ProgrammeRule
): ProgrammePerson {
  const { name, email } = displayOf(group)
  const counted = new Set<string>()
  let completedOnMs: number | null = null
  let minutes = 0
  let attended = 0
  let registered = 0
  let firstSeenMs: number | null = null
  let lastSeenMs: number | null = null
  for (const o of group) {
    if (o.registered) registered++
    if (o.present) {
      attended++
      minutes += o.minutes ?? 0
      const start = o.session.startMs
      if (start !== null) {
        firstSeenMs = firstSeenMs === null ? start : Math.min(firstSeenMs, start)
        lastSeenMs = lastSeenMs === null ? start : Math.max(lastSeenMs, start)
      }
    }
    if (!qualifies(o, rule)) continue
    const key = rule.kind === 'distinct' ? distinctSessionKey(o.session) : `${counted.size}`
    counted.add(key)
    if (completedOnMs === null && counted.size >= rule.minSessions) {
      completedOnMs = o.session.startMs ?? 0
    }
  }
  const qualifying = counted.size
  const status: ProgrammeStatus =
    qualifying >= rule.minSessions
      ? 'Completed'
      : qualifying > 0
        ? 'In progress'
        : attended > 0
          ? 'Attended only below the threshold'
          : 'Registered but never attended'
  return {
    name,
    email,
    status,
    completedOnMs: status === 'Completed' ? completedOnMs : null,
    qualifying,
    needed: rule.minSessions,
    sessionsAttended: attended,
    sessionsRegistered: registered,
    minutes: Math.round(minutes * 10) / 10,
    firstSeenMs,
    lastSeenMs
  }
}

/** Everyone who registered for or attended a session of the programme, with their status. */
export function evaluateProgramme(
  outcomes: readonly SessionOutcome[],
  rule: ProgrammeRule,
  /** Every session of the programme, also those nobody came to. */
  allSessions: readonly SessionRef[] = outcomes.map((o) => o.session)
): ProgrammeResult {
  // Someone who neither registered nor joined (a waiting-room-only guest) is not in the programme.
  const relevant = outcomes.filter((o) => o.registered || o.present)
  const people = groupByPerson(relevant).map((group) => evaluatePerson(group, rule))
  people.sort(
    (a, b) =>
      programmeStatuses.indexOf(a.status) - programmeStatuses.indexOf(b.status) ||
      a.name.localeCompare(b.name) ||
      a.email.localeCompare(b.email)
  )
  const counts = Object.fromEntries(programmeStatuses.map((s) => [s, 0])) as Record<
    ProgrammeStatus,
    number
  >
  const months = new Map<string, number>()
  for (const person of people) {
    counts[person.status]++
    if (person.completedOnMs === null) continue
    const month = new Date(person.completedOnMs).toISOString().slice(0, 7)
    months.set(month, (months.get(month) ?? 0) + 1)
  }
  const sessions = new Set(allSessions.map(distinctSessionKey))
  const instances = new Set(allSessions.map((s) => s.uuid))
  return {
    distinctSessions: sessions.size,
    instances: instances.size,
    people,
    counts,
    completionsByMonth: [...months]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, completions]) => ({ month, completions }))
  }
}

/**
 * One person at one archived session, as the attendance engine computed it from the raw rows:
 * the unit every people and programme question is answered from. Nothing here is stored.
 */
import type { InstanceSummary } from '../archive'
import type { IdentityRule, InstanceAttendance, PersonAttendance } from '../attendance/engine'

export interface SessionRef {
  uuid: string
  meetingId: string
  topic: string
  startMs: number | null
  /** When Zoom stopped serving it; the archived copy still counts. */
  goneSinceMs: number | null
}

export interface SessionOutcome {
  session: SessionRef
  name: string
  email: string
  registrantId: string | null
  zoomUserId: string | null
  registered: boolean
  /** In the meeting (Attended, Partial or Joined). */
  present: boolean
  status: PersonAttendance['status']
  minutes: number | null
  percent: number | null
  rule: IdentityRule
}

export function isPresent(person: Pick<PersonAttendance, 'status'>): boolean {
  return person.status === 'Attended' || person.status === 'Partial' || person.status === 'Joined'
}

export function sessionRef(summary: InstanceSummary): SessionRef {
  return {
    uuid: summary.uuid,
    meetingId: summary.meetingId,
    topic: summary.topic,
    startMs: summary.startMs,
    goneSinceMs: summary.goneSinceMs
  }
}

export function outcomeOf(session: SessionRef, person: PersonAttendance): SessionOutcome {
  return {
    session,
    name: person.name,
    email: person.email,
    registrantId: person.registrantId,
    zoomUserId: person.zoomUserId,
    registered: person.registered,
    present: isPresent(person),
    status: person.status,
    minutes: person.minutesAttended,
    percent: person.attendancePercent,
    rule: person.audit.identityRule
  }
}

/** Every person of one computed session. */
export function outcomesOf(session: SessionRef, attendance: InstanceAttendance): SessionOutcome[] {
  return attendance.people.map((person) => outcomeOf(session, person))
}

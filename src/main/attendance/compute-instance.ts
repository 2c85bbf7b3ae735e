import { AppFailure } from '../../shared/app-error'
import type { AttendanceSession, InstanceAttendance, PersonAttendance } from './attendance-types'
import { collapseSpaces, normalizeEmail, normalizeName, text } from './field-values'
import { groupIdentities, type IdentityColumns, type IdentityGroup } from './identity'
import { meetingSeconds, readMeeting } from './meeting-instance'
import { compareJoin, measurePerson } from './person-measures'
import { readSession, sameSession } from './sessions'
import { summarize } from './summary'
import { sortByNameEmail } from './text-order'
import type {
  MeetingDetail,
  ParticipantSource,
  PastParticipantRow,
  Registrant,
  RegistrantStatus,
  ReportParticipantRow
} from './zoom-rows'

export interface ComputeInstanceInput {
  meeting: MeetingDetail
  /** Every page of participant rows for this one instance. */
  participants: readonly (ReportParticipantRow | PastParticipantRow)[]
  /** Registrants of all three statuses. */
  registrants?: readonly Registrant[]
  source: ParticipantSource
  /** Attended at or above this whole percent; default 75. */
  thresholdPercent?: number
}

export const defaultThresholdPercent = 75

const statusRank: Record<RegistrantStatus, number> = { approved: 0, pending: 1, denied: 2 }

/** One row per person for one meeting instance, with the audit trail of how it was built. */
export function computeInstanceAttendance(input: ComputeInstanceInput): InstanceAttendance {
  const thresholdPercent = input.thresholdPercent ?? defaultThresholdPercent
  if (!Number.isFinite(thresholdPercent) || thresholdPercent < 0 || thresholdPercent > 100) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `The attendance threshold must be a percent from 0 to 100 (got ${thresholdPercent}).`,
      remedy: 'Enter a whole number such as 75.'
    })
  }
  const meeting = readMeeting(input.meeting, input.source)
  const registrants = (input.registrants ?? []).filter((r) => r && typeof r === 'object')

  const sessions = readSessions(input.participants ?? [])
  const seconds = meetingSeconds(meeting)
  const tally = { duplicates: 0 }
  const people = groupIdentities(identityColumns(registrants, sessions)).map((group) =>
    buildPerson(group, registrants, sessions, seconds, thresholdPercent, tally)
  )
  sortByNameEmail(people, (person) => person)
  makePersonIdsUnique(people)
  return {
    meeting,
    thresholdPercent,
    people,
    summary: summarize(people, sessions.length, tally.duplicates)
  }
}

/** Registrations first, then rows; group member indexes follow the same order. */
function identityColumns(
  registrants: readonly Registrant[],
  sessions: readonly AttendanceSession[]
): IdentityColumns {
  const registrantIds = registrants.map((r) => text(r.id))
  const emails = registrants.map((r) => normalizeEmail(r.email))
  const userIds = registrants.map(() => '')
  const names = registrants.map((r) => normalizeName(registrantName(r)))
  const fallbacks = registrants.map(() => '')
  const knownRegistrants = new Set(registrantIds.filter((id) => id !== ''))
  // Names repeat across a person's rows; normalising each distinct one once saves allocations.
  const nameCache = new Map<string, string>()
  for (const session of sessions) {
    // With a registration link Zoom may put the registrant id in `id` (zoom-api.md §5.3).
    const idIsRegistrant = session.registrantId === '' && knownRegistrants.has(session.zoomUserId)
    registrantIds.push(idIsRegistrant ? session.zoomUserId : session.registrantId)
    emails.push(session.email)
    userIds.push(idIsRegistrant ? '' : session.zoomUserId)
    let name = nameCache.get(session.name)
    if (name === undefined) {
      name = normalizeName(session.name)
      nameCache.set(session.name, name)
    }
    names.push(name)
    fallbacks.push(session.participantId)
  }
  return { registrantIds, emails, userIds, names, fallbacks }
}

function readSessions(
  rows: readonly (ReportParticipantRow | PastParticipantRow)[]
): AttendanceSession[] {
  const sessions: AttendanceSession[] = []
  for (const row of rows) {
    if (row && typeof row === 'object') sessions.push(readSession(row))
  }
  return sessions
}

function registrantName(r: Registrant): string {
  return collapseSpaces(`${text(r.first_name)} ${text(r.last_name)}`)
}

function buildPerson(
  group: IdentityGroup,
  registrants: readonly Registrant[],
  sessions: readonly AttendanceSession[],
  meetingSecondsValue: number | null,
  thresholdPercent: number,
  tally: { duplicates: number }
): PersonAttendance {
  let registration: Registrant | null = null
  const own: AttendanceSession[] = []
  for (const index of group.members) {
    if (index < registrants.length) {
      const candidate = registrants[index]
      if (registration === null || rankOf(candidate) < rankOf(registration))
        registration = candidate
    } else own.push(sessions[index - registrants.length])
  }
  own.sort(compareJoin)
  tally.duplicates += dropRepeatedRows(own)
  const displayNames = unique(own.map((s) => s.name))
  const emails = unique(own.map((s) => s.email))
  const registrationEmail = registration ? normalizeEmail(registration.email) : ''
  const name = (registration && registrantName(registration)) || lastDisplayName(own)
  const email = registrationEmail || emails[emails.length - 1] || ''
  const registrationStatus = registration ? knownStatus(registration.status) : null
  const registrantId = registration
    ? text(registration.id) || null
    : own.find((s) => s.registrantId !== '')?.registrantId || null
  const measures = measurePerson(own, meetingSecondsValue, thresholdPercent)
  // Listed field by field, not spread: spread-built objects get slow shapes in V8.
  return {
    personId: personIdFor(registrantId, email, own, name),
    name,
    email,
    registered: registration !== null,
    registrationStatus,
    registrantId,
    status: measures.status,
    firstJoinMs: measures.firstJoinMs,
    lastLeaveMs: measures.lastLeaveMs,
    attendedSeconds: measures.attendedSeconds,
    minutesAttended: measures.minutesAttended,
    attendancePercent: measures.attendancePercent,
    sessions: measures.sessions,
    audit: { identityRule: group.rule, sessions: own, displayNames, emails }
  }
}

/**
 * Zoom can send the same row twice (e.g. across pages). Only timed rows are compared: blank
 * anonymous rows may well be different people. Sessions must be sorted by join time.
 */
function dropRepeatedRows(sessions: AttendanceSession[]): number {
  let kept = 0
  for (let i = 0; i < sessions.length; i++) {
    const session = sessions[i]
    let repeated = false
    for (let j = kept - 1; j >= 0 && sessions[j].joinMs === session.joinMs; j--) {
      if (session.joinMs !== null && sameSession(sessions[j], session)) repeated = true
    }
    if (!repeated) sessions[kept++] = session
  }
  const dropped = sessions.length - kept
  sessions.length = kept
  return dropped
}

/** Anonymous people can share a fallback id; number the repeats so the UI can key on it. */
function makePersonIdsUnique(people: PersonAttendance[]): void {
  const seen = new Map<string, number>()
  for (const person of people) {
    if (!person.personId.startsWith('x:')) continue // other ids are unique by construction
    const count = seen.get(person.personId) ?? 0
    seen.set(person.personId, count + 1)
    if (count > 0) person.personId = `${person.personId}#${count + 1}`
  }
}

function rankOf(r: Registrant): number {
  const status = knownStatus(r.status)
  return status === null ? 3 : statusRank[status]
}

function knownStatus(value: unknown): RegistrantStatus | null {
  const status = text(value).toLowerCase()
  return status === 'approved' || status === 'pending' || status === 'denied' ? status : null
}

/** Sessions are sorted by join time, so the last non-empty name is the latest one used. */
function lastDisplayName(sessions: readonly AttendanceSession[]): string {
  for (let i = sessions.length - 1; i >= 0; i--) {
    if (sessions[i].name !== '') return collapseSpaces(sessions[i].name)
  }
  return ''
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))]
}

function personIdFor(
  registrantId: string | null,
  email: string,
  sessions: readonly AttendanceSession[],
  name: string
): string {
  if (registrantId) return `r:${registrantId}`
  if (email) return `e:${email}`
  const userId = sessions.find((s) => s.zoomUserId !== '')?.zoomUserId
  if (userId) return `u:${userId}`
  if (name) return `n:${normalizeName(name)}`
  const first = sessions[0]
  return `x:${first?.joinMs ?? ''}:${first?.leaveMs ?? ''}`
}

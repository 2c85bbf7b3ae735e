import { AppFailure } from '../../shared/app-error'
import type { AttendanceSession, InstanceAttendance, PersonAttendance } from './attendance-types'
import { collapseSpaces, normalizeEmail, normalizeName, text } from './field-values'
import { groupIdentities, type IdentityGroup, type IdentityKeys } from './identity'
import { meetingSeconds, readMeeting } from './meeting-instance'
import { measurePerson } from './person-measures'
import { readSession, sessionFingerprint } from './sessions'
import { summarize } from './summary'
import { compareNameEmail } from './text-order'
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
  const registrantIds = new Set(registrants.map((r) => text(r.id)).filter((id) => id !== ''))

  const { sessions, duplicates } = readUniqueSessions(input.participants ?? [])
  const records: IdentityKeys[] = registrants.map((r) => ({
    registrantId: text(r.id),
    email: normalizeEmail(r.email),
    userId: '',
    name: normalizeName(registrantName(r))
  }))
  for (const { session, perMeetingId } of sessions) {
    // With a registration link Zoom may put the registrant id in `id` (zoom-api.md §5.3).
    const idIsRegistrant = session.registrantId === '' && registrantIds.has(session.zoomUserId)
    records.push({
      registrantId: idIsRegistrant ? session.zoomUserId : session.registrantId,
      email: session.email,
      userId: idIsRegistrant ? '' : session.zoomUserId,
      name: normalizeName(session.name),
      fallback: perMeetingId
    })
  }

  const seconds = meetingSeconds(meeting)
  const people = groupIdentities(records).map((group) =>
    buildPerson(group, registrants, sessions, seconds, thresholdPercent)
  )
  people.sort(compareNameEmail)
  makePersonIdsUnique(people)
  return {
    meeting,
    thresholdPercent,
    people,
    summary: summarize(people, input.participants?.length ?? 0, duplicates)
  }
}

interface ReadSession {
  session: AttendanceSession
  perMeetingId: string
}

function readUniqueSessions(rows: readonly (ReportParticipantRow | PastParticipantRow)[]): {
  sessions: ReadSession[]
  duplicates: number
} {
  const seen = new Set<string>()
  const sessions: ReadSession[] = []
  let duplicates = 0
  for (const row of rows) {
    if (!row || typeof row !== 'object') continue
    const session = readSession(row)
    // Only timed rows are compared: blank anonymous rows may well be different people.
    if (session.joinMs !== null) {
      const fingerprint = sessionFingerprint(row, session)
      if (seen.has(fingerprint)) {
        duplicates++
        continue
      }
      seen.add(fingerprint)
    }
    sessions.push({ session, perMeetingId: text((row as ReportParticipantRow).user_id) })
  }
  return { sessions, duplicates }
}

function registrantName(r: Registrant): string {
  return collapseSpaces(`${text(r.first_name)} ${text(r.last_name)}`)
}

function buildPerson(
  group: IdentityGroup,
  registrants: readonly Registrant[],
  sessions: readonly ReadSession[],
  meetingSecondsValue: number | null,
  thresholdPercent: number
): PersonAttendance {
  let registration: Registrant | null = null
  const own: AttendanceSession[] = []
  for (const index of group.members) {
    if (index < registrants.length) {
      const candidate = registrants[index]
      if (registration === null || rankOf(candidate) < rankOf(registration))
        registration = candidate
    } else own.push(sessions[index - registrants.length].session)
  }
  own.sort(byJoinTime)
  const displayNames = unique(own.map((s) => s.name))
  const emails = unique(own.map((s) => s.email))
  const registrationEmail = registration ? normalizeEmail(registration.email) : ''
  const name = (registration && registrantName(registration)) || lastDisplayName(own)
  const email = registrationEmail || emails[emails.length - 1] || ''
  const registrationStatus = registration ? knownStatus(registration.status) : null
  const registrantId = registration
    ? text(registration.id) || null
    : own.find((s) => s.registrantId !== '')?.registrantId || null
  return {
    personId: personIdFor(registrantId, email, own, name),
    name,
    email,
    registered: registration !== null,
    registrationStatus,
    registrantId,
    ...measurePerson(own, meetingSecondsValue, thresholdPercent),
    audit: { identityRule: group.rule, sessions: own, displayNames, emails }
  }
}

// Rows without a join time sort first, so a timed row's name wins as the "last used" one.
function byJoinTime(a: AttendanceSession, b: AttendanceSession): number {
  if (a.joinMs === b.joinMs) return 0
  if (a.joinMs === null) return -1
  if (b.joinMs === null) return 1
  return a.joinMs - b.joinMs
}

/** Anonymous people can share a fallback id; number the repeats so the UI can key on it. */
function makePersonIdsUnique(people: PersonAttendance[]): void {
  const seen = new Map<string, number>()
  for (const person of people) {
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

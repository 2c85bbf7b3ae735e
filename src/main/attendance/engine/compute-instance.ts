import type { InstanceAttendance, PersonAttendance } from './attendance-types'
import { collapseSpaces, normalizeEmail, normalizeName, parseInstant, text } from './field-values'
import { groupIdentities, type IdentityColumns, type IdentityGroup } from './identity'
import { meetingSeconds, readMeeting } from './meeting-instance'
import { measureInto, sortByJoin } from './person-measures'
import { readRowTable, sameRow, type ParticipantRow, type RowTable } from './row-table'
import { summarize } from './summary'
import { sortByNameEmail } from './text-order'
import type { MeetingDetail, ParticipantSource, Registrant, RegistrantStatus } from './zoom-rows'
import { checkThreshold } from './threshold'

export interface ComputeInstanceInput {
  meeting: MeetingDetail
  /** Every page of participant rows for this one instance. */
  participants: readonly ParticipantRow[]
  /** Registrants of all three statuses. */
  registrants?: readonly Registrant[]
  source: ParticipantSource
  /** Attended at or above this whole percent; default 75. */
  thresholdPercent?: number
}

const statusRank: Record<RegistrantStatus, number> = { approved: 0, pending: 1, denied: 2 }

interface Context {
  table: RowTable
  registrants: readonly Registrant[]
  meetingSeconds: number | null
  thresholdPercent: number
  duplicates: number
}

/** One row per person for one meeting instance, with the audit trail of how it was built. */
export function computeInstanceAttendance(input: ComputeInstanceInput): InstanceAttendance {
  const thresholdPercent = checkThreshold(input.thresholdPercent)
  const meeting = readMeeting(input.meeting, input.source)
  const context: Context = {
    table: readRowTable(input.participants ?? []),
    registrants: (input.registrants ?? []).filter((r) => r !== null && typeof r === 'object'),
    meetingSeconds: meetingSeconds(meeting),
    thresholdPercent,
    duplicates: 0
  }
  const groups = groupIdentities(identityColumns(context.table, context.registrants))
  const people = groups.map((group) => buildPerson(group, context))
  sortByNameEmail(people, (person) => person)
  return {
    meeting,
    thresholdPercent,
    people,
    summary: summarize(people, context.table.rows.length, context.duplicates)
  }
}

/** Rows first, then registrations; group member indexes follow the same order. */
function identityColumns(table: RowTable, registrants: readonly Registrant[]): IdentityColumns {
  const count = table.rows.length
  const knownRegistrants = new Set(registrants.map((r) => text(r.id)).filter((id) => id !== ''))
  const registrantIds = new Array<string>(count)
  const userIds = new Array<string>(count)
  const names = new Array<string>(count)
  for (let i = 0; i < count; i++) {
    const userId = table.zoomUserIds[i]
    // With a registration link Zoom may put the registrant id in `id` (zoom-api.md §5.3).
    const idIsRegistrant = table.registrantIds[i] === '' && knownRegistrants.has(userId)
    registrantIds[i] = idIsRegistrant ? userId : table.registrantIds[i]
    userIds[i] = idIsRegistrant ? '' : userId
    names[i] = normalizeName(table.names[i])
  }
  const emails = table.emails.slice()
  const fallbacks = table.participantIds.slice()
  for (const r of registrants) {
    registrantIds.push(text(r.id))
    emails.push(normalizeEmail(r.email))
    userIds.push('')
    names.push(normalizeName(registrantName(r)))
    fallbacks.push('')
  }
  return { registrantIds, emails, userIds, names, fallbacks }
}

function registrantName(r: Registrant): string {
  return collapseSpaces(`${text(r.first_name)} ${text(r.last_name)}`)
}

function buildPerson(group: IdentityGroup, context: Context): PersonAttendance {
  const { table, registrants } = context
  const rowCount = table.rows.length
  // Members are ascending and rows come before registrations, so the rows are a prefix.
  const members = group.members
  let split = members.length
  while (split > 0 && members[split - 1] >= rowCount) split--
  let own = split === members.length ? members : members.slice(0, split)
  let registration: Registrant | null = null
  for (let k = split; k < members.length; k++) {
    const candidate = registrants[members[k] - rowCount]
    if (registration === null || rankOf(candidate) < rankOf(registration)) registration = candidate
  }
  if (own.length > 1) {
    sortByJoin(table, own)
    const kept = withoutRepeats(table, own)
    context.duplicates += own.length - kept.length
    own = kept
  }
  const name =
    (registration && registrantName(registration)) || collapseSpaces(lastValue(table.names, own))
  const email = (registration && normalizeEmail(registration.email)) || lastValue(table.emails, own)
  const registrantId =
    (registration ? text(registration.id) : lastValue(table.registrantIds, own)) || null
  const zoomUserId = lastValue(table.zoomUserIds, own) || null
  // Listed field by field, not spread: spread-built objects get slow shapes in V8.
  const person: PersonAttendance = {
    personId: personIdFor(registrantId, email, zoomUserId, name, own),
    name,
    email,
    registered: registration !== null,
    registrationStatus: registration ? knownStatus(registration.status) : null,
    registrantId,
    registeredAtMs: registration ? parseInstant(registration.create_time) : null,
    zoomUserId,
    status: 'Absent',
    firstJoinMs: null,
    lastLeaveMs: null,
    attendedSeconds: null,
    minutesAttended: null,
    attendancePercent: null,
    sessions: 0,
    audit: { identityRule: group.rule, sessions: own.map((i) => table.rows[i]) }
  }
  measureInto(person, table, own, context.meetingSeconds, context.thresholdPercent)
  return person
}

/**
 * Zoom can send the same row twice (e.g. across pages). Only timed rows are compared: blank
 * anonymous rows may well be different people. Indexes must be sorted by join time.
 */
function withoutRepeats(table: RowTable, sorted: readonly number[]): number[] {
  const kept: number[] = []
  for (const index of sorted) {
    const join = table.joinMs[index]
    let repeated = false
    for (let k = kept.length - 1; k >= 0 && table.joinMs[kept[k]] === join; k--) {
      if (sameRow(table, kept[k], index)) repeated = true
    }
    if (!repeated) kept.push(index)
  }
  return kept
}

/** The latest non-empty value among the rows (sorted by join time): the last name used. */
function lastValue(column: readonly string[], indexes: readonly number[]): string {
  for (let k = indexes.length - 1; k >= 0; k--) {
    const value = column[indexes[k]]
    if (value !== '') return value
  }
  return ''
}

function rankOf(r: Registrant): number {
  const status = knownStatus(r.status)
  return status === null ? 3 : statusRank[status]
}

function knownStatus(value: unknown): RegistrantStatus | null {
  const status = text(value).toLowerCase()
  return status === 'approved' || status === 'pending' || status === 'denied' ? status : null
}

function personIdFor(
  registrantId: string | null,
  email: string,
  zoomUserId: string | null,
  name: string,
  rows: readonly number[]
): string {
  if (registrantId) return `r:${registrantId}`
  if (email) return `e:${email}`
  if (zoomUserId) return `u:${zoomUserId}`
  if (name) return `n:${normalizeName(name)}`
  // Anonymous: the first row's index is unique within the instance.
  return `x:${rows[0] ?? ''}`
}

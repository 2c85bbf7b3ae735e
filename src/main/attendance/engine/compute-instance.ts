import type { InstanceAttendance, PersonAttendance } from './attendance-types'
import { normalizeEmail, text } from './field-values'
import { groupIdentities, identityRuleOrder, strongestOwnKey, type IdentityGroup } from './identity'
import type { IdentityDecisions } from './identity-decisions'
import { identityRecords, type IdentityRecords } from './identity-records'
import { meetingSeconds, readMeeting } from './meeting-instance'
import { measureInto, mostUsedName, sortByJoin } from './person-measures'
import { findReviewCandidates } from './review-candidates'
import { knownStatus, registrantName, statusRankOf } from './registrant-fields'
import { readRowTable, sameRow, type ParticipantRow, type RowTable } from './row-table'
import { summarize } from './summary'
import { sortByNameEmail } from './text-order'
import { checkThreshold } from './threshold'
import { countWindow, flagList } from './time-rules'
import type { MeetingDetail, ParticipantSource, Registrant } from './zoom-rows'

export interface ComputeInstanceInput {
  meeting: MeetingDetail
  /** Every page of participant rows for this one instance. */
  participants: readonly ParticipantRow[]
  /** Registrants of all three statuses. */
  registrants?: readonly Registrant[]
  source: ParticipantSource
  /** Attended at or above this whole percent; default 75. */
  thresholdPercent?: number
  /** A person's decisions about who is who, applied before the engine's own rules. */
  decisions?: IdentityDecisions
}

const none: readonly string[] = Object.freeze([])

interface Context {
  table: RowTable
  records: IdentityRecords
  registrants: readonly Registrant[]
  meetingSeconds: number | null
  thresholdPercent: number
  duplicates: number
}

/**
 * One row per person for one meeting instance, with the audit trail of how it was built and
 * the review candidates (uncertain matches) it found. Rules: time-rules.ts (times), identity.ts
 * (who is who), person-measures.ts (minutes and the name shown), review-candidates.ts.
 */
export function computeInstanceAttendance(input: ComputeInstanceInput): InstanceAttendance {
  const thresholdPercent = checkThreshold(input.thresholdPercent)
  const meeting = readMeeting(input.meeting, input.source)
  const table = readRowTable(input.participants ?? [], countWindow(meeting.startMs, meeting.endMs))
  const registrants = (input.registrants ?? []).filter((r) => r !== null && typeof r === 'object')
  const records = identityRecords(table, registrants, meeting.uuid || meeting.id, input.decisions)
  const context: Context = {
    table,
    records,
    registrants,
    meetingSeconds: meetingSeconds(meeting),
    thresholdPercent,
    duplicates: 0
  }
  const grouping = groupIdentities(records.columns, records)
  const rowsOf: number[][] = new Array<number[]>(grouping.groups.length)
  const people = grouping.groups.map((group, index) => {
    const rows = ownRows(group, context)
    rowsOf[index] = rows
    return buildPerson(group, rows, context)
  })
  const reviewCandidates = findReviewCandidates({
    table,
    records,
    grouping,
    people,
    rowsOf,
    registrants,
    meetingUuid: meeting.uuid || meeting.id
  })
  sortByNameEmail(people, (person) => person)
  return {
    meeting,
    thresholdPercent,
    people,
    reviewCandidates,
    summary: summarize(people, table.rows.length, context.duplicates)
  }
}

/** The group's participant rows, by join time, repeats dropped. */
function ownRows(group: IdentityGroup, context: Context): number[] {
  const rowCount = context.table.rows.length
  // Members are ascending and rows come before registrations, so the rows are a prefix.
  const members = group.members
  let split = members.length
  while (split > 0 && members[split - 1] >= rowCount) split--
  const own = split === members.length ? members : members.slice(0, split)
  if (own.length < 2) return own
  sortByJoin(context.table, own)
  const kept = withoutRepeats(context.table, own)
  context.duplicates += own.length - kept.length
  return kept
}

function buildPerson(group: IdentityGroup, own: number[], context: Context): PersonAttendance {
  const { table, registrants, records } = context
  const rowCount = table.rows.length
  const members = group.members
  let registration: Registrant | null = null
  for (let k = own.length; k < members.length; k++) {
    if (members[k] < rowCount) continue
    const candidate = registrants[members[k] - rowCount]
    if (registration === null || statusRankOf(candidate) < statusRankOf(registration))
      registration = candidate
  }
  // Rule: the registrant's name when matched, else the name with the most time (mostUsedName).
  const name = (registration && registrantName(registration)) || mostUsedName(table, own)
  // Keys as the identity rules saw them: a split takes an account's email off a row, an alias
  // gives a guest's rows the known person's email.
  const { emails, registrantIds, userIds } = records.columns
  const email = (registration && normalizeEmail(registration.email)) || lastValue(emails, own)
  const registrantId =
    (registration ? text(registration.id) : lastValue(registrantIds, own)) || null
  const zoomUserId = lastValue(userIds, own) || null
  let flagBits = 0
  for (const i of own) flagBits |= table.flags[i]
  // Listed field by field, not spread: spread-built objects get slow shapes in V8.
  const person: PersonAttendance = {
    personId: personIdFor(registrantId, email, zoomUserId, own, table, records),
    name,
    email,
    registered: registration !== null,
    registrationStatus: registration ? knownStatus(registration.status) : null,
    registrantId,
    zoomUserId,
    status: 'Absent',
    firstJoinMs: null,
    lastLeaveMs: null,
    attendedSeconds: null,
    minutesAttended: null,
    attendancePercent: null,
    sessions: 0,
    audit: {
      identityRule: group.rule,
      matchedBy: matchedBy(members, records),
      sessions: own.map((i) => table.rows[i]),
      flags: flagList(flagBits),
      decisions: records.decisionKeys.size === 0 ? none : decisionsOf(members, records),
      reviewKeys: none
    }
  }
  measureInto(person, table, own, context.meetingSeconds, context.thresholdPercent)
  return person
}

const rulesByMask: (readonly (typeof identityRuleOrder)[number][])[] = []

/** Every rule that matched one of the person's records, strongest first (shared arrays). */
function matchedBy(
  members: readonly number[],
  records: IdentityRecords
): PersonAttendance['audit']['matchedBy'] {
  let mask = 0
  for (const m of members) mask |= 1 << strongestOwnKey(records.columns, m)
  if (records.links.length > 0) {
    for (const [a, b, rule] of records.links) {
      if (members.includes(a) || members.includes(b)) mask |= 1 << rule
    }
  }
  let list = rulesByMask[mask]
  if (list === undefined) {
    list = Object.freeze(identityRuleOrder.filter((_, bit) => (mask & (1 << bit)) !== 0))
    rulesByMask[mask] = list
  }
  return list
}

function decisionsOf(members: readonly number[], records: IdentityRecords): readonly string[] {
  const keys = new Set<string>()
  for (const m of members) for (const key of records.decisionKeys.get(m) ?? []) keys.add(key)
  return keys.size === 0 ? none : [...keys]
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

/** The latest non-empty value among the rows (sorted by join time). */
function lastValue(column: readonly string[], indexes: readonly number[]): string {
  for (let k = indexes.length - 1; k >= 0; k--) {
    const value = column[indexes[k]]
    if (value !== '') return value
  }
  return ''
}

function personIdFor(
  registrantId: string | null,
  email: string,
  zoomUserId: string | null,
  rows: readonly number[],
  table: RowTable,
  records: IdentityRecords
): string {
  if (registrantId) return `r:${registrantId}`
  if (email) return `e:${email}`
  if (zoomUserId) return `u:${zoomUserId}`
  const first = rows[0]
  if (first === undefined) return 'x:'
  const key = table.nameKeys[first]
  // Rows with one weak name are not merged, so several people can share it: add the row.
  if (key !== '') return records.columns.weak[first] === 1 ? `n:${key}#${first}` : `n:${key}`
  // Anonymous: the first row's index is unique within the instance.
  return `x:${first}`
}

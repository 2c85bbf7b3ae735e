import type { InstanceAttendance, PersonAttendance } from './attendance-types'
import { normalizeEmail, parseInstant, text } from './field-values'
import {
  groupIdentities,
  identityRuleOrder,
  strongestOwnKey,
  type IdentityGrouping
} from './identity'
import type { IdentityDecisions } from './identity-decisions'
import { identityRecords, type IdentityRecords } from './identity-records'
import { meetingSeconds, readMeeting } from './meeting-instance'
import { measureInto, mostUsedNameRow, sortByJoin } from './person-measures'
import { findReviewCandidates } from './review-candidates'
import { knownStatus, statusRankOf } from './registrant-fields'
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
  // Each person's rows are grouping.order[start[g]] … order[rowsEnd[g] - 1], by join time.
  const rowsEnd = new Int32Array(grouping.count)
  const people = new Array<PersonAttendance>(grouping.count)
  // The shown names in normalizeName form, so sorting need not lower-case them again.
  const foldedNames = new Array<string>(grouping.count)
  const emails = new Array<string>(grouping.count)
  for (let g = 0; g < grouping.count; g++) {
    people[g] = buildPerson(grouping, g, rowsEnd, foldedNames, context)
    emails[g] = people[g].email
  }
  const reviewCandidates = findReviewCandidates({
    table,
    records,
    grouping,
    people,
    rowsEnd,
    registrants,
    meetingUuid: meeting.uuid || meeting.id
  })
  // Summed before sorting, while people still lie in memory in the order they were made.
  const summary = summarize(people, table.rows.length, context.duplicates)
  sortByNameEmail(people, (person) => person, false, { names: foldedNames, emails })
  return {
    meeting,
    thresholdPercent,
    people,
    reviewCandidates,
    summary
  }
}

function buildPerson(
  grouping: IdentityGrouping,
  g: number,
  rowsEnd: Int32Array,
  foldedNames: string[],
  context: Context
): PersonAttendance {
  const { table, registrants, records } = context
  const rowCount = table.rows.length
  const { order } = grouping
  const from = grouping.start[g]
  const to = grouping.start[g + 1]
  // Members are ascending and rows come before registrations, so the rows come first.
  let registrationsFrom = from
  while (registrationsFrom < to && order[registrationsFrom] < rowCount) registrationsFrom++
  let end = registrationsFrom
  if (end - from > 1) {
    sortByJoin(table, order, from, end)
    const kept = withoutRepeats(table, order, from, end)
    context.duplicates += end - kept
    end = kept
  }
  rowsEnd[g] = end
  let registration: Registrant | null = null
  let registrationIndex = -1
  for (let k = registrationsFrom; k < to; k++) {
    const candidate = registrants[order[k] - rowCount]
    if (registration === null || statusRankOf(candidate) < statusRankOf(registration)) {
      registration = candidate
      registrationIndex = order[k] - rowCount
    }
  }
  // Rule: the registrant's name when matched, else the name with the most time.
  let name = registration ? records.registrantNames[registrationIndex] : ''
  if (name !== '') foldedNames[g] = records.columns.names[rowCount + registrationIndex]
  else {
    const row = mostUsedNameRow(table, order, from, end)
    name = row < 0 ? '' : table.names[row]
    foldedNames[g] = row < 0 ? '' : table.nameKeys[row]
  }
  // Keys as the identity rules saw them: a split takes an account's email off a row, an alias
  // gives a guest's rows the known person's email.
  const { emails, registrantIds, userIds } = records.columns
  const email =
    (registration && normalizeEmail(registration.email)) || lastValue(emails, order, from, end)
  const registrantId =
    (registration ? text(registration.id) : lastValue(registrantIds, order, from, end)) || null
  const zoomUserId = lastValue(userIds, order, from, end) || null
  let flagBits = 0
  const sessions = new Array<ParticipantRow>(end - from)
  for (let k = from; k < end; k++) {
    flagBits |= table.flags[order[k]]
    sessions[k - from] = table.rows[order[k]]
  }
  // Listed field by field, not spread: spread-built objects get slow shapes in V8.
  const person: PersonAttendance = {
    personId: personIdFor(registrantId, email, zoomUserId, order[from], from < end, table, records),
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
    audit: {
      identityRule: identityRuleOrder[grouping.rules[g]],
      matchedBy: matchedBy(order, from, to, records),
      sessions,
      flags: flagList(flagBits),
      decisions: records.decisionKeys.size === 0 ? none : decisionsOf(order, from, to, records),
      reviewKeys: none
    }
  }
  measureInto(person, table, order, from, end, context.meetingSeconds, context.thresholdPercent)
  return person
}

const rulesByMask: (readonly (typeof identityRuleOrder)[number][])[] = []

/** Every rule that matched one of the person's records, strongest first (shared arrays). */
function matchedBy(
  order: Int32Array,
  from: number,
  to: number,
  records: IdentityRecords
): PersonAttendance['audit']['matchedBy'] {
  let mask = 0
  for (let k = from; k < to; k++) mask |= 1 << strongestOwnKey(records.columns, order[k])
  if (records.links.length > 0) {
    const members = order.subarray(from, to)
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

function decisionsOf(
  order: Int32Array,
  from: number,
  to: number,
  records: IdentityRecords
): readonly string[] {
  const keys = new Set<string>()
  for (let k = from; k < to; k++) {
    for (const key of records.decisionKeys.get(order[k]) ?? []) keys.add(key)
  }
  return keys.size === 0 ? none : [...keys]
}

/**
 * Zoom can send the same row twice (e.g. across pages). Only timed rows are compared: blank
 * anonymous rows may well be different people. The range must be sorted by join time; the
 * rows kept move to its front, and the end of them is returned.
 */
function withoutRepeats(table: RowTable, order: Int32Array, from: number, to: number): number {
  let end = from
  for (let k = from; k < to; k++) {
    const index = order[k]
    const join = table.joinMs[index]
    let repeated = false
    for (let j = end - 1; j >= from && table.joinMs[order[j]] === join; j--) {
      if (sameRow(table, order[j], index)) repeated = true
    }
    if (!repeated) order[end++] = index
  }
  return end
}

/** The latest non-empty value among the rows (sorted by join time). */
function lastValue(column: readonly string[], order: Int32Array, from: number, to: number): string {
  for (let k = to - 1; k >= from; k--) {
    const value = column[order[k]]
    if (value !== '') return value
  }
  return ''
}

function personIdFor(
  registrantId: string | null,
  email: string,
  zoomUserId: string | null,
  first: number,
  hasRows: boolean,
  table: RowTable,
  records: IdentityRecords
): string {
  if (registrantId) return `r:${registrantId}`
  if (email) return `e:${email}`
  if (zoomUserId) return `u:${zoomUserId}`
  if (!hasRows) return 'x:'
  const key = table.nameKeys[first]
  // Rows with one weak name are not merged, so several people can share it: add the row.
  if (key !== '') return records.columns.weak[first] === 1 ? `n:${key}#${first}` : `n:${key}`
  // Anonymous: the first row's index is unique within the instance.
  return `x:${first}`
}

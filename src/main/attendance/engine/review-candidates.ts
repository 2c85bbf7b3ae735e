/**
 * Review candidates: the matches the engine is not sure about, each with its evidence (the two
 * sides' rows, times and names) and the key of the link it proposes (identity-decisions.ts), so
 * an answer is stored once and applied everywhere. The kinds:
 *
 * - name-only-match     a guest's rows were joined to a registrant or signed-in person by the
 *                       name alone (counted as one; Reject splits them);
 * - same-name-guest     a guest has the name of a registered or signed-in person but was kept
 *                       apart (several people use the name, or it is a weak name);
 * - weak-name-overlap   two people with the same weak name ("iPhone") were in the meeting at the
 *                       same time: counted as two;
 * - weak-name-rejoin    two people with the same weak name, one after the other: counted as two;
 * - rename              one person left and someone with another name joined within 2 minutes,
 *                       at least one of them a guest, and no one else fits: "same person?";
 * - email-domain-change a registrant who never joined, and someone with the same name whose email
 *                       differs only after the @ (ann@old.org and ann@new.org).
 */
import { reviewKinds } from '../../../shared/attendance/audit-vocabulary'
import type { PersonAttendance } from './attendance-types'
import { emailLinkKey, nameLinkKey, rowsLinkKey, type RowRef } from './identity-decisions'
import type { IdentityGrouping } from './identity'
import { rowRef, type IdentityRecords } from './identity-records'
import { mostUsedName } from './person-measures'
import type { ParticipantRow, RowTable } from './row-table'
import { onlyFit, timeBuckets } from './time-buckets'
import type { Registrant } from './zoom-rows'

export { reviewKinds }

export type ReviewKind = (typeof reviewKinds)[number]

export interface ReviewSide {
  /** The person of the result holding these records (both sides' when merged). */
  personId: string
  /** The name on these rows, or the registration's. */
  name: string
  email: string
  registered: boolean
  /** The rows in question, by join time; none for a registrant who never joined. */
  rows: ParticipantRow[]
}

export interface ReviewCandidate {
  /** The link key an answer is stored under (accepted: same person; rejected: different). */
  key: string
  kind: ReviewKind
  /** An answer about a name or email applies in every meeting; one about rows, in this one. */
  scope: 'everywhere' | 'meeting'
  /** True when the counts now treat both sides as one person. */
  merged: boolean
  sides: [ReviewSide, ReviewSide]
  /** Seconds both sides were in the meeting at once. */
  overlapSeconds: number
  /** Seconds from one side's last leave to the other's first join; null when they overlap. */
  gapSeconds: number | null
}

export interface CandidateInput {
  table: RowTable
  records: IdentityRecords
  grouping: IdentityGrouping
  /** Indexed by group. */
  people: PersonAttendance[]
  /** Group g's rows are grouping.order[start[g]] … order[rowsEnd[g] - 1], by join time. */
  rowsEnd: Int32Array
  registrants: readonly Registrant[]
  meetingUuid: string
}

/** A candidate and the groups (people) it involves. */
interface Found {
  candidate: ReviewCandidate
  groups: readonly number[]
}

type Add = (found: Found | null) => void

/** A weak name carried by more keyless rows than this is too common to pair up row by row. */
const maxWeakRows = 6
const renameGapMs = 2 * 60_000

export function findReviewCandidates(input: CandidateInput): ReviewCandidate[] {
  const found = new Map<string, Found>()
  const add: Add = (entry) => {
    if (entry === null || found.has(entry.candidate.key)) return
    if (input.records.answered.has(entry.candidate.key)) return
    found.set(entry.candidate.key, entry)
  }
  for (const match of input.grouping.nameMatches) add(nameOnlyMatch(input, match))
  sameNames(input, add)
  const weakRows = weakRowsByName(input)
  weakNamePairs(input, weakRows, add)
  renames(input, pairedWeakNames(weakRows), add)
  domainChanges(input, add)
  const entries = [...found.values()].sort(
    (a, b) =>
      reviewKinds.indexOf(a.candidate.kind) - reviewKinds.indexOf(b.candidate.kind) ||
      (a.candidate.key < b.candidate.key ? -1 : 1)
  )
  // Each person learns the open candidates they are part of.
  for (const { candidate, groups } of entries) {
    for (const group of new Set(groups)) {
      const audit = input.people[group].audit
      audit.reviewKeys = Object.isFrozen(audit.reviewKeys)
        ? [candidate.key]
        : [...audit.reviewKeys, candidate.key]
    }
  }
  return entries.map((entry) => entry.candidate)
}

function isKeyless(records: IdentityRecords, i: number): boolean {
  const { registrantIds, emails, userIds } = records.columns
  return registrantIds[i] === '' && emails[i] === '' && userIds[i] === ''
}

/** A group's rows, by join time, as an array (for the few groups a candidate is about). */
function rowsOf(input: CandidateInput, group: number): number[] {
  const { order, start } = input.grouping
  return Array.from(order.subarray(start[group], input.rowsEnd[group]))
}

/** The registration record of a group, or -1. */
function registrationOf(input: CandidateInput, group: number): number {
  const rowCount = input.table.rows.length
  const { order, start } = input.grouping
  for (let k = input.rowsEnd[group]; k < start[group + 1]; k++) {
    if (order[k] >= rowCount) return order[k]
  }
  return -1
}

function side(
  input: CandidateInput,
  group: number,
  rows: readonly number[],
  registration: number
): ReviewSide {
  const { table, people, records } = input
  const rowCount = table.rows.length
  const registered = registration >= 0
  const name = registered
    ? input.records.registrantNames[registration - rowCount]
    : mostUsedName(table, Int32Array.from(rows), 0, rows.length)
  let email = registered ? records.columns.emails[registration] : ''
  for (const i of rows) if (email === '' && table.emails[i] !== '') email = table.emails[i]
  return {
    personId: people[group].personId,
    name,
    email,
    registered,
    rows: rows.map((i) => table.rows[i])
  }
}

/** The key a name link points at: the person's email, else Zoom user id, else registrant id. */
function personKey(person: PersonAttendance): string | null {
  if (person.email) return `e:${person.email}`
  if (person.zoomUserId) return `u:${person.zoomUserId}`
  if (person.registrantId) return `r:${person.registrantId}`
  return null
}

function refOf(input: CandidateInput, group: number): RowRef | null {
  const rows = rowsOf(input, group)
  if (rows.length > 0) return rowRef(input.table, rows[0])
  const registration = registrationOf(input, group)
  const id = registration >= 0 ? input.records.columns.registrantIds[registration] : ''
  return id ? ['registration', id] : null
}

/** One side of a candidate: a group's rows in question, and its registration or -1. */
interface SideOf {
  group: number
  rows: readonly number[]
  registration: number
}

function candidate(
  input: CandidateInput,
  key: string,
  kind: ReviewKind,
  merged: boolean,
  a: SideOf,
  b: SideOf
): Found {
  const { overlapSeconds, gapSeconds } = compareTimes(input.table, a.rows, b.rows)
  // Overlap settles which weak-name question it is.
  const asked =
    kind === 'weak-name-rejoin' || (kind === 'same-name-guest' && key.startsWith('["rows"'))
      ? overlapSeconds > 0
        ? 'weak-name-overlap'
        : kind
      : kind
  return {
    candidate: {
      key,
      kind: asked,
      scope: key.startsWith('["rows"') ? 'meeting' : 'everywhere',
      merged,
      sides: [
        side(input, a.group, a.rows, a.registration),
        side(input, b.group, b.rows, b.registration)
      ],
      overlapSeconds,
      gapSeconds
    },
    groups: [a.group, b.group]
  }
}

function nameOnlyMatch(
  input: CandidateInput,
  match: IdentityGrouping['nameMatches'][number]
): Found | null {
  const group = input.grouping.groupOf[match.record]
  const pk = personKey(input.people[group])
  if (pk === null) return null
  const { nameKeys } = input.table
  const matched = rowsOf(input, group).filter(
    (i) => nameKeys[i] === match.name && isKeyless(input.records, i)
  )
  const kept = rowsOf(input, group).filter((i) => !matched.includes(i))
  return candidate(
    input,
    nameLinkKey(match.name, pk),
    'name-only-match',
    true,
    { group, rows: kept, registration: registrationOf(input, group) },
    { group, rows: matched, registration: -1 }
  )
}

/** Keyless rows whose name a strongly identified person used, yet kept apart from them. */
function sameNames(input: CandidateInput, add: Add): void {
  const { owners, groupOf } = input.grouping
  if (owners.size === 0) return
  const guests = new Map<string, number[]>()
  const { table, records } = input
  for (let i = 0; i < table.rows.length; i++) {
    const name = records.columns.names[i]
    if (!isKeyless(records, i) || !owners.has(name)) continue
    const list = guests.get(name)
    if (list === undefined) guests.set(name, [i])
    else list.push(i)
  }
  for (const [name, rows] of guests) {
    const ownerRecords = owners.get(name) as number[]
    const weak = records.columns.weak[rows[0]] === 1
    if (weak && rows.length > maxWeakRows) continue
    // A full name shared by one person was joined to them (a name-only match) unless rejected.
    if (!weak && ownerRecords.length < 2) continue
    const guestGroups = weak ? rows.map((i) => groupOf[i]) : [groupOf[rows[0]]]
    for (const guestGroup of new Set(guestGroups)) {
      const guestRows = rowsOf(input, guestGroup).filter((i) => rows.includes(i))
      for (const owner of ownerRecords) {
        const ownerGroup = groupOf[owner]
        if (ownerGroup === guestGroup) continue
        add(sameNameCandidate(input, name, weak, guestGroup, guestRows, ownerGroup))
      }
    }
  }
}

function sameNameCandidate(
  input: CandidateInput,
  name: string,
  weak: boolean,
  guestGroup: number,
  guestRows: readonly number[],
  ownerGroup: number
): Found | null {
  let key: string
  if (weak) {
    const ownerRef = refOf(input, ownerGroup)
    if (ownerRef === null || guestRows.length === 0) return null
    key = rowsLinkKey(input.meetingUuid, rowRef(input.table, guestRows[0]), ownerRef)
  } else {
    const pk = personKey(input.people[ownerGroup])
    if (pk === null) return null
    key = nameLinkKey(name, pk)
  }
  return candidate(
    input,
    key,
    'same-name-guest',
    false,
    {
      group: ownerGroup,
      rows: rowsOf(input, ownerGroup),
      registration: registrationOf(input, ownerGroup)
    },
    { group: guestGroup, rows: guestRows, registration: -1 }
  )
}

/** In-meeting keyless rows with a weak name, by that name. */
function weakRowsByName(input: CandidateInput): Map<string, number[]> {
  const { table, records } = input
  const { weak } = records.columns
  const byName = new Map<string, number[]>()
  for (let i = 0; i < table.rows.length; i++) {
    if (weak[i] !== 1 || table.waitingRoom[i] === 1) continue
    const name = table.nameKeys[i]
    const list = byName.get(name)
    if (list === undefined) byName.set(name, [i])
    else list.push(i)
  }
  return byName
}

function pairedWeakNames(weakRows: ReadonlyMap<string, readonly number[]>): Set<string> {
  const names = new Set<string>()
  for (const [name, rows] of weakRows) if (rows.length > 1) names.add(name)
  return names
}

/** Keyless rows with one weak name: each is its own person; neighbours in time are asked about. */
function weakNamePairs(
  input: CandidateInput,
  weakRows: ReadonlyMap<string, number[]>,
  add: Add
): void {
  const { table } = input
  for (const rows of weakRows.values()) {
    if (rows.length < 2 || rows.length > maxWeakRows) continue
    rows.sort((a, b) => table.joinMs[a] - table.joinMs[b] || a - b)
    for (let k = 1; k < rows.length; k++) {
      const a = input.grouping.groupOf[rows[k - 1]]
      const b = input.grouping.groupOf[rows[k]]
      if (a === b) continue
      const key = rowsLinkKey(input.meetingUuid, rowRef(table, rows[k - 1]), rowRef(table, rows[k]))
      add(
        candidate(
          input,
          key,
          'weak-name-rejoin',
          false,
          { group: a, rows: [rows[k - 1]], registration: -1 },
          { group: b, rows: [rows[k]], registration: -1 }
        )
      )
    }
  }
}

/**
 * One person's last row ends and another's first row starts within 2 minutes, the names differ
 * and at least one of them is a guest. Only an unambiguous pair is asked about: exactly one such
 * person left before the join, and exactly one joined after the leave.
 */
function renames(input: CandidateInput, pairedWeak: ReadonlySet<string>, add: Add): void {
  const { table, people, rowsEnd } = input
  const { order, start } = input.grouping
  const count = people.length
  const firstRow = new Int32Array(count).fill(-1)
  const lastRow = new Int32Array(count).fill(-1)
  const guest = new Uint8Array(count)
  // Rows sharing a weak name are asked about as weak-name pairs (more likely a rejoin).
  let timed = 0
  const { registrantIds, emails, userIds } = input.records.columns
  for (let p = 0; p < count; p++) {
    const from = start[p]
    const to = rowsEnd[p]
    if (to === from) continue
    if (to - from === 1 && pairedWeak.size > 0 && pairedWeak.has(table.nameKeys[order[from]])) {
      continue
    }
    let first = -1
    let last = -1
    for (let k = from; k < to; k++) {
      const i = order[k]
      if (table.waitingRoom[i] === 1 || table.counted[i] === 0) continue
      if (table.countToMs[i] < table.countFromMs[i]) continue
      if (first < 0) first = i
      if (last < 0 || table.countToMs[i] > table.countToMs[last]) last = i
    }
    if (first < 0) continue
    firstRow[p] = first
    lastRow[p] = last
    // A guest: no strong key on any record (a registration is one, after the rows).
    let keyed = start[p + 1] > to
    for (let k = from; k < to && !keyed; k++) {
      const i = order[k]
      keyed = registrantIds[i] !== '' || emails[i] !== '' || userIds[i] !== ''
    }
    guest[p] = keyed ? 0 : 1
    timed++
  }
  if (timed < 2) return
  const ids = new Int32Array(timed)
  const leaves = new Float64Array(timed)
  const joins = new Float64Array(timed)
  for (let p = 0, k = 0; p < count; p++) {
    if (firstRow[p] < 0) continue
    ids[k] = p
    leaves[k] = table.countToMs[lastRow[p]]
    joins[k] = table.countFromMs[firstRow[p]]
    k++
  }
  const byLeave = timeBuckets(leaves, ids)
  const byJoin = timeBuckets(joins, ids)
  const leaveOf = (p: number): number => table.countToMs[lastRow[p]]
  const joinOf = (p: number): number => table.countFromMs[firstRow[p]]
  const fits = (p: number, q: number): boolean =>
    p !== q &&
    joinOf(p) < joinOf(q) &&
    (guest[p] === 1 || guest[q] === 1) &&
    table.nameKeys[lastRow[p]] !== table.nameKeys[firstRow[q]]
  for (let k = 0; k < timed; k++) {
    const q = ids[k]
    const at = joins[k]
    const p = onlyFit(byLeave, at - renameGapMs, at, fits, q, false)
    if (p < 0) continue
    const leave = leaveOf(p)
    if (onlyFit(byJoin, leave, leave + renameGapMs, fits, p, true) !== q) continue
    const key = rowsLinkKey(
      input.meetingUuid,
      rowRef(table, lastRow[p]),
      rowRef(table, firstRow[q])
    )
    add(
      candidate(
        input,
        key,
        'rename',
        false,
        { group: p, rows: rowsOf(input, p), registration: registrationOf(input, p) },
        { group: q, rows: rowsOf(input, q), registration: registrationOf(input, q) }
      )
    )
  }
}

/** A registrant who never joined, and someone else with the same name and email before the @. */
function domainChanges(input: CandidateInput, add: Add): void {
  const { people, table, records } = input
  // By the part before the @: one slice per person, and rarely a hit.
  const absent = new Map<string, number[]>()
  for (let g = 0; g < people.length; g++) {
    const person = people[g]
    if (!person.registered || person.sessions > 0) continue
    const local = localPart(person.email)
    if (local === '') continue
    const list = absent.get(local)
    if (list === undefined) absent.set(local, [g])
    else list.push(g)
  }
  if (absent.size === 0) return
  for (let g = 0; g < people.length; g++) {
    const person = people[g]
    if (person.registered || person.sessions === 0 || person.email === '') continue
    const registrants = absent.get(localPart(person.email))
    if (registrants === undefined) continue
    for (const r of registrants) {
      const name = records.columns.names[registrationOf(input, r)]
      const theirs = people[r].email
      if (theirs === person.email || !rowsOf(input, g).some((i) => table.nameKeys[i] === name)) {
        continue
      }
      add(
        candidate(
          input,
          emailLinkKey(theirs, person.email),
          'email-domain-change',
          false,
          { group: r, rows: [], registration: registrationOf(input, r) },
          { group: g, rows: rowsOf(input, g), registration: -1 }
        )
      )
    }
  }
}

function localPart(email: string): string {
  const at = email.lastIndexOf('@')
  return at > 0 ? email.slice(0, at) : ''
}

/** Overlap and gap of two row sets' counted intervals. */
function compareTimes(
  table: RowTable,
  a: readonly number[],
  b: readonly number[]
): { overlapSeconds: number; gapSeconds: number | null } {
  const x = intervals(table, a)
  const y = intervals(table, b)
  let overlap = 0
  for (const [from, to] of x) {
    for (const [start, end] of y) overlap += Math.max(0, Math.min(to, end) - Math.max(from, start))
  }
  if (overlap > 0)
    return { overlapSeconds: Math.max(1, Math.round(overlap / 1000)), gapSeconds: null }
  if (x.length === 0 || y.length === 0) return { overlapSeconds: 0, gapSeconds: null }
  const gap = Math.max(y[0][0] - x[x.length - 1][1], x[0][0] - y[y.length - 1][1])
  return { overlapSeconds: 0, gapSeconds: Math.round(Math.max(0, gap) / 1000) }
}

/** The counted in-meeting intervals of rows, merged, in order. */
function intervals(table: RowTable, rows: readonly number[]): [number, number][] {
  const parts: [number, number][] = []
  for (const i of rows) {
    if (table.waitingRoom[i] === 1 || table.counted[i] === 0) continue
    const from = table.countFromMs[i]
    const to = table.countToMs[i]
    if (to >= from) parts.push([from, to])
  }
  parts.sort((p, q) => p[0] - q[0])
  const merged: [number, number][] = []
  for (const part of parts) {
    const last = merged[merged.length - 1]
    if (last !== undefined && part[0] <= last[1]) last[1] = Math.max(last[1], part[1])
    else merged.push(part)
  }
  return merged
}

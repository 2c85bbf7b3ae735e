import type {
  AttendanceStatus,
  InstanceAttendance,
  MeetingInstance,
  PersonAttendance
} from './attendance-types'
import { normalizeName } from './field-values'
import { groupIdentities, identityRuleOrder, membersOf, type IdentityRule } from './identity'
import { sortByNameEmail } from './text-order'
import { isWeakName } from './weak-names'

export type RollUpLayout = 'long' | 'matrix'

export interface LongRow {
  meeting: MeetingInstance
  person: PersonAttendance
}

export interface MatrixRow {
  name: string
  email: string
  /** Instances where the person was in the meeting (Attended, Partial or Joined). */
  instancesAttended: number
  /** Sum over instances, one decimal; null when any attended instance has unknown minutes. */
  totalMinutes: number | null
  /** Per instance, in `instances` order: minutes, 0 when not in it, null when unknown. */
  minutes: (number | null)[]
  /**
   * Per instance: the person's status there (Absent = registered, never joined), or null when
   * they were neither registered for it nor in it.
   */
  statuses: (AttendanceStatus | null)[]
  /** Per instance: the records behind this person there (usually one, none when null). */
  entries: PersonAttendance[][]
  /** Linked across sessions, or known within one, by display name only: worth checking. */
  nameOnly: boolean
  /** In at least one session their email was the host's. */
  isHost: boolean
  /** Every rule that matched the person's rows in any instance, strongest first. */
  matchedBy: readonly IdentityRule[]
  /** Some instance has an open review candidate about this person. */
  needsReview: boolean
}

/** When two records of one instance meet in one row, the one nearest to "there" speaks. */
const statusRank: Record<AttendanceStatus, number> = {
  Attended: 0,
  Joined: 1,
  Partial: 2,
  'Waiting room only': 3,
  Absent: 4
}

export type RollUpResult =
  | { layout: 'long'; instances: MeetingInstance[]; rows: LongRow[] }
  | { layout: 'matrix'; instances: MeetingInstance[]; rows: MatrixRow[] }

/**
 * Combines already computed instances. Instances are ordered by start time. Long: one row per
 * person per instance, by Name, Email, then start. Matrix: one row per person, matched across
 * instances the same way as within one: email, registrant id and Zoom user id link strongly (a
 * recurring meeting keeps registrant ids across occurrences); a name links only people who have
 * none of those, and only when exactly one strongly identified person used that name; a weak
 * name ("iPhone", "Sam") links nobody, so two weeks' "iPhone" stay two rows.
 */
export function rollUp(
  instances: readonly InstanceAttendance[],
  layout: RollUpLayout
): RollUpResult {
  const ordered = [...instances].sort((a, b) => compareInstances(a.meeting, b.meeting))
  const meetings = ordered.map((instance) => instance.meeting)
  if (layout === 'long') {
    const rows: LongRow[] = []
    for (const instance of ordered) {
      for (const person of instance.people) rows.push({ meeting: instance.meeting, person })
    }
    // Rows were added in instance order; ties keep it, so one person's rows run oldest first.
    sortByNameEmail(rows, (row) => row.person, true)
    return { layout, instances: meetings, rows }
  }
  return { layout, instances: meetings, rows: matrixRows(ordered) }
}

function compareInstances(a: MeetingInstance, b: MeetingInstance): number {
  if (a.startMs !== b.startMs) {
    if (a.startMs === null) return 1
    if (b.startMs === null) return -1
    return a.startMs - b.startMs
  }
  return a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0
}

interface Entry {
  instance: number
  person: PersonAttendance
}

function matrixRows(instances: readonly InstanceAttendance[]): MatrixRow[] {
  const entries: Entry[] = []
  const keys = {
    registrantIds: [] as string[],
    emails: [] as string[],
    userIds: [] as string[],
    names: [] as string[]
  }
  const weak: number[] = []
  instances.forEach((instance, index) => {
    for (const person of instance.people) {
      const name = normalizeName(person.name)
      const keyless = !person.registrantId && !person.email && !person.zoomUserId
      if (keyless && isWeakName(name)) weak.push(entries.length)
      entries.push({ instance: index, person })
      keys.registrantIds.push(person.registrantId ?? '')
      keys.emails.push(person.email)
      keys.userIds.push(person.zoomUserId ?? '')
      keys.names.push(name)
    }
  })
  const weakFlags = new Uint8Array(entries.length)
  for (const i of weak) weakFlags[i] = 1
  const grouping = groupIdentities({ ...keys, weak: weakFlags })
  const rows: MatrixRow[] = []
  for (let g = 0; g < grouping.count; g++) {
    rows.push(
      matrixRow(
        membersOf(grouping, g).map((m) => entries[m]),
        instances,
        identityRuleOrder[grouping.rules[g]!]!
      )
    )
  }
  return sortByNameEmail(rows, (row) => row)
}

function matrixRow(
  entries: readonly Entry[],
  instances: readonly InstanceAttendance[],
  rule: IdentityRule
): MatrixRow {
  const instanceCount = instances.length
  const minutes: (number | null)[] = new Array<number | null>(instanceCount).fill(0)
  const statuses: (AttendanceStatus | null)[] = new Array<AttendanceStatus | null>(
    instanceCount
  ).fill(null)
  const perInstance: PersonAttendance[][] = Array.from({ length: instanceCount }, () => [])
  const attended = new Set<number>()
  let unknown = false
  let total = 0
  let nameOnly = rule === 'name'
  let isHost = false
  const rules = new Set<IdentityRule>()
  let needsReview = false
  for (const { instance, person } of entries) {
    perInstance[instance]!.push(person)
    const shown = statuses[instance]
    if (shown === null || statusRank[person.status] < statusRank[shown]) {
      statuses[instance] = person.status
    }
    if (person.audit.identityRule === 'name') nameOnly = true
    const hostEmail = instances[instance]?.meeting.hostEmail ?? ''
    if (hostEmail !== '' && person.email === hostEmail) isHost = true
    for (const matched of person.audit.matchedBy) rules.add(matched)
    if (person.audit.reviewKeys.length > 0) needsReview = true
    const present =
      person.status === 'Attended' || person.status === 'Partial' || person.status === 'Joined'
    if (present) attended.add(instance)
    const current = minutes[instance]
    // Two people of one instance can meet in one row (e.g. linked by a user id); add them up.
    if (person.minutesAttended === null || current === null) {
      minutes[instance] = null
      if (present) unknown = true
    } else {
      minutes[instance] = Math.round((current + person.minutesAttended) * 10) / 10
      total += person.minutesAttended
    }
  }
  // The latest instance speaks for the name; a registration's name beats a display name.
  const latestFirst = [...entries].sort((a, b) => b.instance - a.instance)
  const named =
    latestFirst.find((e) => e.person.registered && e.person.name !== '') ??
    latestFirst.find((e) => e.person.name !== '')
  return {
    name: named?.person.name ?? '',
    email: latestFirst.find((e) => e.person.email !== '')?.person.email ?? '',
    instancesAttended: attended.size,
    totalMinutes: unknown ? null : Math.round(total * 10) / 10,
    minutes,
    statuses,
    entries: perInstance,
    nameOnly,
    isHost,
    matchedBy: identityRuleOrder.filter((rule) => rules.has(rule)),
    needsReview
  }
}

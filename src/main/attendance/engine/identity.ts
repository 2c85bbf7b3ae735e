import { identityRules } from '../../../shared/attendance/audit-vocabulary'
import { DisjointSet } from './disjoint-set'

/**
 * How records were recognised as one person, strongest first: Zoom's keys, then a person's
 * decisions (an alias from the identity book, or an answered review item), then the name alone.
 */
export type IdentityRule = (typeof identityRules)[number]

export { identityRules as identityRuleOrder }

/** Indexes into identityRuleOrder. */
export const ruleIndex = {
  registrant: 0,
  email: 1,
  userId: 2,
  alias: 3,
  decision: 4,
  name: 5,
  none: 6
} as const
const notLinked = 7

/** The kinds of strong key, in rule order. */
export const keyKind = { r: 0, e: 1, u: 2 } as const

/** Packs which key a decision gave a record and the decision's rule into one byte. */
export function assignmentCode(kind: number, rule: number): number {
  return (kind << 4) | (rule + 1)
}

/** The rule a record's key of this kind was matched by: the decision's, or the key's own. */
function keyRule(assigned: number, kind: number): number {
  return assigned !== 0 && assigned >> 4 === kind ? (assigned & 15) - 1 : kind
}

/**
 * The normalised keys of each record (a registration or a participant row), one array per key
 * kind, all the same length; '' means absent. Columns, not objects: this runs per row.
 */
export interface IdentityColumns {
  registrantIds: readonly string[]
  emails: readonly string[]
  userIds: readonly string[]
  names: readonly string[]
  /** Last resort for rows with no name or id at all (e.g. BAA accounts). */
  fallbacks?: readonly string[]
  /** 1 for a record with no strong key and a weak name (weak-names.ts): never linked by name. */
  weak?: Uint8Array
  /** A decision gave the record one of its keys: assignmentCode(kind, rule), 0 if none. */
  assignedRule?: Uint8Array
}

export interface GroupingOptions {
  /** Records a person's decision joined (alias or decision rule index). */
  links?: readonly (readonly [number, number, number])[]
  /** Names that must not attach by name to the people with these keys (rejections, splits). */
  blocked?: ReadonlyMap<string, readonly string[]>
}

/**
 * The people found, in a compact layout (no array per person: a 100,000-row meeting has some
 * 65,000 people, and their arrays would cost the garbage collector more than the grouping).
 */
export interface IdentityGrouping {
  /** Number of people (groups), in order of their first record. */
  count: number
  /** The group of every record. */
  groupOf: Int32Array
  /** Records by group, ascending within a group: group g is order[start[g]] … order[start[g + 1] - 1]. */
  order: Int32Array
  start: Int32Array
  /** Per group: the strongest rule that tied its records (an identityRuleOrder index). */
  rules: Uint8Array
  /** Keyless records joined to a strongly identified person by name alone, one per name. */
  nameMatches: { name: string; record: number; owner: number }[]
  /**
   * For each name that keyless records carry and strongly identified people used too: one
   * record of each such person (at most maxOwners), before any joining by name.
   */
  owners: Map<string, number[]>
}

/** A group's records as an array (for tests and the rare paths that want one). */
export function membersOf(grouping: IdentityGrouping, group: number): number[] {
  return Array.from(grouping.order.subarray(grouping.start[group], grouping.start[group + 1]))
}

const maxOwners = 4

/**
 * Groups records that belong to one person. Rules, in order:
 *
 * 1. A person's decisions join records first (links), and keys a decision gave count as keys.
 * 2. Registrant id, email and Zoom user id are strong keys: any shared strong key joins two
 *    records, transitively.
 * 3. A keyless record with a full name joins the one strongly identified person who used that
 *    name, when exactly one did and no decision forbids it (a name-only match, which the review
 *    queue asks about); otherwise keyless records sharing the name are one person.
 * 4. A keyless record with a weak name (device name, call-in number, single first name) is
 *    never joined by its name: not to a signed-in or registered person, not to other rows.
 */
export function groupIdentities(
  records: IdentityColumns,
  options: GroupingOptions = {}
): IdentityGrouping {
  const { registrantIds, emails, userIds, names, fallbacks, weak, assignedRule } = records
  const count = registrantIds.length
  const sets = new DisjointSet(count)
  // Per root: the strongest rule that joined two of its records (notLinked when none did).
  const linkedRule = new Int8Array(count).fill(notLinked)
  // One map per kind of key (registrant, email, user id, name, fallback), from key to the first
  // record that had it; no prefixed key strings (this runs per participant row).
  const firstWithKey = [0, 1, 2, 3, 4].map(() => new Map<string, number>())
  const join = (a: number, b: number, rule: number): void => {
    const rootA = sets.find(a)
    const rootB = sets.find(b)
    if (rootA === rootB) return
    const best = Math.min(linkedRule[rootA], linkedRule[rootB], rule)
    linkedRule[sets.union(rootA, rootB)] = best
  }
  const link = (record: number, key: string, kind: number, rule: number): void => {
    const first = firstWithKey[kind].get(key)
    if (first === undefined) firstWithKey[kind].set(key, record)
    else join(record, first, rule)
  }

  for (const [a, b, rule] of options.links ?? []) {
    if (a >= 0 && a < count && b >= 0 && b < count) join(a, b, rule)
  }
  const keyless: number[] = []
  for (let i = 0; i < count; i++) {
    const registrantId = registrantIds[i]
    const email = emails[i]
    const userId = userIds[i]
    const assigned = assignedRule === undefined ? 0 : assignedRule[i]
    if (registrantId !== '') link(i, registrantId, keyKind.r, keyRule(assigned, keyKind.r))
    if (email !== '') link(i, email, keyKind.e, keyRule(assigned, keyKind.e))
    if (userId !== '') link(i, userId, keyKind.u, keyRule(assigned, keyKind.u))
    if (registrantId === '' && email === '' && userId === '') keyless.push(i)
  }

  const owners = ownersOfKeylessNames(records, keyless, sets)
  const blockedRoots = resolveBlocked(options.blocked, firstWithKey, sets)
  const nameMatches: IdentityGrouping['nameMatches'] = []
  const matchedNames = new Set<string>()
  for (const i of keyless) {
    const name = names[i]
    if (name === '') {
      if (fallbacks?.[i]) link(i, fallbacks[i], 4, ruleIndex.none)
      continue
    }
    if (weak !== undefined && weak[i] === 1) continue
    const found = owners.get(name)
    const owner = found?.length === 1 ? found[0] : -1
    if (owner >= 0 && blockedRoots.get(name)?.has(sets.find(owner)) !== true) {
      join(i, owner, ruleIndex.name)
      if (!matchedNames.has(name)) {
        matchedNames.add(name)
        nameMatches.push({ name, record: i, owner })
      }
    } else link(i, name, 3, ruleIndex.name)
  }
  return { ...collectGroups(records, sets, linkedRule), nameMatches, owners }
}

/** Which strongly identified people (one record each) used each name that keyless records carry. */
function ownersOfKeylessNames(
  records: IdentityColumns,
  keyless: readonly number[],
  sets: DisjointSet
): Map<string, number[]> {
  const owners = new Map<string, number[]>()
  const wanted = new Set<string>()
  for (const i of keyless) if (records.names[i] !== '') wanted.add(records.names[i])
  if (wanted.size === 0) return owners
  const isKeyless = new Uint8Array(records.names.length)
  for (const i of keyless) isKeyless[i] = 1
  const roots = new Map<string, number[]>()
  for (let i = 0; i < records.names.length; i++) {
    const name = records.names[i]
    if (isKeyless[i] === 1 || !wanted.has(name)) continue
    const root = sets.find(i)
    let seen = roots.get(name)
    if (seen === undefined) {
      seen = []
      roots.set(name, seen)
      owners.set(name, [])
    }
    if (seen.length < maxOwners && !seen.includes(root)) {
      seen.push(root)
      ;(owners.get(name) as number[]).push(i)
    }
  }
  return owners
}

/** The current roots of the people a blocked name must not join, per name. */
function resolveBlocked(
  blocked: ReadonlyMap<string, readonly string[]> | undefined,
  firstWithKey: readonly Map<string, number>[],
  sets: DisjointSet
): Map<string, Set<number>> {
  const roots = new Map<string, Set<number>>()
  for (const [name, personKeys] of blocked ?? []) {
    const set = new Set<number>()
    for (const personKey of personKeys) {
      const kind = personKey[0] === 'r' ? 0 : personKey[0] === 'e' ? 1 : 2
      const record = firstWithKey[kind].get(personKey.slice(2))
      if (record !== undefined) set.add(sets.find(record))
    }
    roots.set(name, set)
  }
  return roots
}

/** Numbers the groups by first record and lays their records out by group (a counting sort). */
function collectGroups(
  records: IdentityColumns,
  sets: DisjointSet,
  linkedRule: Int8Array
): Pick<IdentityGrouping, 'count' | 'groupOf' | 'order' | 'start' | 'rules'> {
  const total = records.registrantIds.length
  const groupOfRoot = new Int32Array(total).fill(-1)
  const groupOf = new Int32Array(total)
  const sizes = new Int32Array(total + 1)
  const rules = new Uint8Array(total)
  let count = 0
  for (let i = 0; i < total; i++) {
    const root = sets.find(i)
    let group = groupOfRoot[root]
    if (group < 0) {
      group = count++
      groupOfRoot[root] = group
      const rule = linkedRule[root]
      rules[group] = rule === notLinked ? strongestOwnKey(records, i) : rule
    }
    groupOf[i] = group
    sizes[group + 1]++
  }
  const start = new Int32Array(count + 1)
  for (let g = 0; g < count; g++) start[g + 1] = start[g] + sizes[g + 1]
  const fill = start.slice(0, count)
  const order = new Int32Array(total)
  for (let i = 0; i < total; i++) order[fill[groupOf[i]]++] = i
  return { count, groupOf, order, start, rules: rules.subarray(0, count) }
}

/** The strongest key that identifies one record on its own (a ruleIndex value). */
export function strongestOwnKey(records: IdentityColumns, i: number): number {
  const assigned = records.assignedRule === undefined ? 0 : records.assignedRule[i]
  let best: number = notLinked
  if (records.registrantIds[i] !== '') best = keyRule(assigned, keyKind.r)
  if (records.emails[i] !== '') best = Math.min(best, keyRule(assigned, keyKind.e))
  if (records.userIds[i] !== '') best = Math.min(best, keyRule(assigned, keyKind.u))
  if (best !== notLinked) return best
  return records.names[i] !== '' ? ruleIndex.name : ruleIndex.none
}

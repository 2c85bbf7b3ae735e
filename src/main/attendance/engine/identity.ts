import { DisjointSet } from './disjoint-set'

/** Which rule tied a person's records together, strongest first. */
export type IdentityRule = 'registrant' | 'email' | 'user-id' | 'name' | 'none'

const ruleOrder: readonly IdentityRule[] = ['registrant', 'email', 'user-id', 'name', 'none']

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
}

export interface IdentityGroup {
  /** Indexes into the records passed in, ascending. */
  members: number[]
  rule: IdentityRule
}

const [registrantRule, emailRule, userIdRule, nameRule, noneRule, notLinked] = [0, 1, 2, 3, 4, 5]

/**
 * Groups records that belong to one person. Registrant id, email and Zoom user id are strong keys:
 * any shared strong key joins two records, transitively (a row with a registrant id and an email
 * joins both the registration and anyone else using that email). A display name is weak: it is
 * used only for records without a strong key. Such a record joins the one person whose records
 * used that name, when exactly one did; otherwise records sharing the name form their own person.
 */
export function groupIdentities(records: IdentityColumns): IdentityGroup[] {
  const { registrantIds, emails, userIds, names, fallbacks } = records
  const count = registrantIds.length
  const sets = new DisjointSet(count)
  // Per root: the strongest rule that joined two of its records (notLinked when none did).
  const linkedRule = new Int8Array(count).fill(notLinked)
  // One map per kind of key, from key to the first record that had it; no prefixed key strings
  // (this runs per participant row).
  const firstWithKey = ruleOrder.map(() => new Map<string, number>())
  const join = (a: number, b: number, rule: number): void => {
    const rootA = sets.find(a)
    const rootB = sets.find(b)
    const best = Math.min(linkedRule[rootA], linkedRule[rootB], rule)
    linkedRule[sets.union(rootA, rootB)] = best
  }
  const link = (record: number, key: string, rule: number): void => {
    const first = firstWithKey[rule].get(key)
    if (first === undefined) firstWithKey[rule].set(key, record)
    else join(record, first, rule)
  }

  const weak: number[] = []
  const isWeak = new Uint8Array(count)
  for (let i = 0; i < count; i++) {
    const registrantId = registrantIds[i]
    const email = emails[i]
    const userId = userIds[i]
    if (registrantId !== '') link(i, registrantId, registrantRule)
    if (email !== '') link(i, email, emailRule)
    if (userId !== '') link(i, userId, userIdRule)
    if (registrantId === '' && email === '' && userId === '') {
      weak.push(i)
      isWeak[i] = 1
    }
  }

  // Which person (root) used each name that a weak record carries; -1 when more than one did.
  const weakNames = new Set<string>()
  for (const i of weak) if (names[i] !== '') weakNames.add(names[i])
  const nameOwner = new Map<string, number>()
  if (weakNames.size > 0) {
    for (let i = 0; i < count; i++) {
      const name = names[i]
      if (isWeak[i] === 1 || !weakNames.has(name)) continue
      const root = sets.find(i)
      const owner = nameOwner.get(name)
      if (owner === undefined) nameOwner.set(name, root)
      else if (owner !== root) nameOwner.set(name, -1)
    }
  }

  for (const i of weak) {
    const name = names[i]
    const owner = name === '' ? undefined : nameOwner.get(name)
    if (owner !== undefined && owner >= 0) join(i, owner, nameRule)
    else if (name !== '') link(i, name, nameRule)
    else if (fallbacks?.[i]) link(i, fallbacks[i], noneRule)
  }
  return collectGroups(records, sets, linkedRule)
}

function collectGroups(
  records: IdentityColumns,
  sets: DisjointSet,
  linkedRule: Int8Array
): IdentityGroup[] {
  const count = records.registrantIds.length
  const groupOfRoot = new Int32Array(count).fill(-1)
  const groups: IdentityGroup[] = []
  for (let i = 0; i < count; i++) {
    const root = sets.find(i)
    const index = groupOfRoot[root]
    if (index >= 0) groups[index].members.push(i)
    else {
      groupOfRoot[root] = groups.length
      const rule = linkedRule[root]
      groups.push({
        members: [i],
        rule: rule === notLinked ? strongestOwnKey(records, i) : ruleOrder[rule]
      })
    }
  }
  return groups
}

/** For a person with a single record: the strongest key that identifies it. */
function strongestOwnKey(records: IdentityColumns, i: number): IdentityRule {
  if (records.registrantIds[i] !== '') return 'registrant'
  if (records.emails[i] !== '') return 'email'
  if (records.userIds[i] !== '') return 'user-id'
  return records.names[i] !== '' ? 'name' : 'none'
}

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

const [registrantRule, emailRule, userIdRule, nameRule, noneRule] = [0, 1, 2, 3, 4]

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
  const sets = new DisjointSet()
  for (let i = 0; i < count; i++) sets.add()
  // One map per kind of key, so keys need no prefix strings (this runs per participant row).
  const keyNodes = ruleOrder.map(() => new Map<string, number>())
  const nodeRule: number[] = []
  const nodeUses: number[] = []
  const attach = (record: number, key: string, rule: number): void => {
    let node = keyNodes[rule].get(key)
    if (node === undefined) {
      node = sets.add()
      keyNodes[rule].set(key, node)
      nodeRule[node] = rule
      nodeUses[node] = 0
    }
    nodeUses[node]++
    sets.union(record, node)
  }

  const weak: number[] = []
  const isWeak = new Uint8Array(count)
  for (let i = 0; i < count; i++) {
    const registrantId = registrantIds[i]
    const email = emails[i]
    const userId = userIds[i]
    if (registrantId !== '') attach(i, registrantId, registrantRule)
    if (email !== '') attach(i, email, emailRule)
    if (userId !== '') attach(i, userId, userIdRule)
    if (registrantId === '' && email === '' && userId === '') {
      weak.push(i)
      isWeak[i] = 1
    }
  }

  // Which person (root) used each name; -1 when more than one did.
  const nameOwner = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    const name = names[i]
    if (name === '' || isWeak[i] === 1) continue
    const root = sets.find(i)
    const owner = nameOwner.get(name)
    if (owner === undefined) nameOwner.set(name, root)
    else if (owner !== root) nameOwner.set(name, -1)
  }

  const linkedByName: number[] = []
  for (const i of weak) {
    const name = names[i]
    const fallback = fallbacks?.[i]
    const owner = name === '' ? undefined : nameOwner.get(name)
    if (owner !== undefined && owner >= 0) {
      sets.union(i, owner)
      linkedByName.push(i)
    } else if (name !== '') attach(i, name, nameRule)
    else if (fallback) attach(i, fallback, noneRule)
  }

  // The strongest key that actually linked two records names the rule.
  const linkedRule = new Map<number, number>()
  const consider = (root: number, rule: number): void => {
    const current = linkedRule.get(root)
    if (current === undefined || rule < current) linkedRule.set(root, rule)
  }
  for (let node = count; node < nodeUses.length; node++) {
    if (nodeUses[node] > 1) consider(sets.find(node), nodeRule[node])
  }
  for (const i of linkedByName) consider(sets.find(i), nameRule)
  return collectGroups(records, sets, linkedRule)
}

function collectGroups(
  records: IdentityColumns,
  sets: DisjointSet,
  linkedRule: Map<number, number>
): IdentityGroup[] {
  const byRoot = new Map<number, IdentityGroup>()
  for (let i = 0; i < records.registrantIds.length; i++) {
    const root = sets.find(i)
    const group = byRoot.get(root)
    if (group) group.members.push(i)
    else {
      const rule = linkedRule.get(root)
      byRoot.set(root, {
        members: [i],
        rule: rule === undefined ? strongestOwnKey(records, i) : ruleOrder[rule]
      })
    }
  }
  return [...byRoot.values()]
}

/** For a person with a single record: the strongest key that identifies it. */
function strongestOwnKey(records: IdentityColumns, i: number): IdentityRule {
  if (records.registrantIds[i] !== '') return 'registrant'
  if (records.emails[i] !== '') return 'email'
  if (records.userIds[i] !== '') return 'user-id'
  return records.names[i] !== '' ? 'name' : 'none'
}

import { DisjointSet } from './disjoint-set'

/** Which rule tied a person's records together, strongest first. */
export type IdentityRule = 'registrant' | 'email' | 'user-id' | 'name' | 'none'

const ruleOrder: readonly IdentityRule[] = ['registrant', 'email', 'user-id', 'name', 'none']

/** The normalised keys of one record (a registration or a participant row); '' means absent. */
export interface IdentityKeys {
  registrantId: string
  email: string
  userId: string
  name: string
  /** Last resort for rows with no name or id at all (e.g. BAA accounts); may be ''. */
  fallback?: string
}

export interface IdentityGroup {
  /** Indexes into the records passed in, ascending. */
  members: number[]
  rule: IdentityRule
}

const strongKeys = [
  ['registrant', 'r:', 'registrantId'],
  ['email', 'e:', 'email'],
  ['user-id', 'u:', 'userId']
] as const

/**
 * Groups records that belong to one person. Registrant id, email and Zoom user id are strong keys:
 * any shared strong key joins two records, transitively (a row with a registrant id and an email
 * joins both the registration and anyone else using that email). A display name is weak: it is
 * used only for records without a strong key. Such a record joins the one person whose records
 * used that name, when exactly one did; otherwise records sharing the name form their own person.
 */
export function groupIdentities(records: readonly IdentityKeys[]): IdentityGroup[] {
  const sets = new DisjointSet()
  for (let i = 0; i < records.length; i++) sets.add()
  const keyNodes = new Map<string, number>()
  const keyRule = new Map<number, IdentityRule>()
  const keyUses = new Map<number, number>()
  const attach = (record: number, key: string, rule: IdentityRule): void => {
    let node = keyNodes.get(key)
    if (node === undefined) {
      node = sets.add()
      keyNodes.set(key, node)
      keyRule.set(node, rule)
    }
    keyUses.set(node, (keyUses.get(node) ?? 0) + 1)
    sets.union(record, node)
  }

  const weak: number[] = []
  const isWeak = new Uint8Array(records.length)
  for (let i = 0; i < records.length; i++) {
    const record = records[i]
    let strong = false
    for (const [rule, prefix, field] of strongKeys) {
      if (record[field] !== '') {
        attach(i, prefix + record[field], rule)
        strong = true
      }
    }
    if (!strong) {
      weak.push(i)
      isWeak[i] = 1
    }
  }

  // Which person (root) used each name; -1 when more than one did.
  const nameOwner = new Map<string, number>()
  for (let i = 0; i < records.length; i++) {
    const name = records[i].name
    if (name === '' || isWeak[i] === 1) continue
    const root = sets.find(i)
    const owner = nameOwner.get(name)
    if (owner === undefined) nameOwner.set(name, root)
    else if (owner !== root) nameOwner.set(name, -1)
  }

  const linkedByName = new Set<number>()
  for (const i of weak) {
    const { name, fallback } = records[i]
    const owner = name === '' ? undefined : nameOwner.get(name)
    if (owner !== undefined && owner >= 0) {
      sets.union(i, owner)
      linkedByName.add(i)
    } else if (name !== '') attach(i, 'n:' + name, 'name')
    else if (fallback) attach(i, 'x:' + fallback, 'none')
  }

  return collectGroups(records, sets, keyRule, keyUses, linkedByName)
}

function collectGroups(
  records: readonly IdentityKeys[],
  sets: DisjointSet,
  keyRule: Map<number, IdentityRule>,
  keyUses: Map<number, number>,
  linkedByName: Set<number>
): IdentityGroup[] {
  const byRoot = new Map<number, IdentityGroup>()
  for (let i = 0; i < records.length; i++) {
    const root = sets.find(i)
    const group = byRoot.get(root)
    if (group) group.members.push(i)
    else byRoot.set(root, { members: [i], rule: 'none' })
  }
  // The strongest key that actually linked two records names the rule.
  const linked = new Map<number, IdentityRule>()
  const consider = (root: number, rule: IdentityRule): void => {
    const current = linked.get(root)
    if (current === undefined || ruleOrder.indexOf(rule) < ruleOrder.indexOf(current)) {
      linked.set(root, rule)
    }
  }
  for (const [node, uses] of keyUses) {
    if (uses > 1) consider(sets.find(node), keyRule.get(node) ?? 'none')
  }
  for (const i of linkedByName) consider(sets.find(i), 'name')
  for (const [root, group] of byRoot) {
    group.rule = linked.get(root) ?? strongestOwnKey(records[group.members[0]])
  }
  return [...byRoot.values()]
}

/** For a person with a single record: the strongest key that identifies it. */
function strongestOwnKey(record: IdentityKeys): IdentityRule {
  if (record.registrantId !== '') return 'registrant'
  if (record.email !== '') return 'email'
  if (record.userId !== '') return 'user-id'
  return record.name !== '' ? 'name' : 'none'
}

/**
 * Builds the identity records of one instance (participant rows first, then registrations) and
 * applies a person's identity decisions to them before the engine's own rules run: splits take
 * a person's keys off rows, aliases and accepted name links give keyless rows a person's key,
 * accepted email links make two emails one key, accepted rows links join two records outright,
 * and rejected name links forbid joining by that name.
 */
import { foldName, formatInstant, normalizeEmail, normalizeName, text } from './field-values'
import { assignmentCode, keyKind, ruleIndex } from './identity'
import {
  isEmailLike,
  parseLinkKey,
  type IdentityDecisions,
  type IdentityLink,
  type RowRef
} from './identity-decisions'
import { registrantName } from './registrant-fields'
import type { RowTable } from './row-table'
import { rowFlagBits } from './time-rules'
import { isWeakName } from './weak-names'
import type { Registrant } from './zoom-rows'

export interface IdentityRecords {
  columns: {
    registrantIds: string[]
    emails: string[]
    userIds: string[]
    names: string[]
    fallbacks: string[]
    weak: Uint8Array
    assignedRule: Uint8Array
  }
  /** Each registration's name as shown (registrantName). */
  registrantNames: string[]
  /** Records an accepted rows link joins (see GroupingOptions). */
  links: [number, number, number][]
  /** Names that must not join these people by name (see GroupingOptions). */
  blocked: Map<string, string[]>
  /** Decision keys that acted on a record, for the person's audit trail. */
  decisionKeys: Map<number, string[]>
  /** Every answered key (accepted or rejected): those questions are not asked again. */
  answered: ReadonlySet<string>
}

const noAnswers: ReadonlySet<string> = new Set()

interface Assignment {
  kind: 'e' | 'u' | 'r'
  value: string
  rule: number
  key: string
}

export function identityRecords(
  table: RowTable,
  registrants: readonly Registrant[],
  meetingUuid: string,
  decisions: IdentityDecisions | undefined
): IdentityRecords {
  const count = table.rows.length
  const total = count + registrants.length
  const registrantIds = new Array<string>(total)
  const emails = new Array<string>(total)
  const userIds = new Array<string>(total)
  const names = new Array<string>(total)
  const fallbacks = new Array<string>(total)
  const registrantNames = new Array<string>(registrants.length)
  const knownRegistrants = new Set<string>()
  for (let k = 0; k < registrants.length; k++) {
    const r = registrants[k]
    const i = count + k
    registrantIds[i] = text(r.id)
    if (registrantIds[i] !== '') knownRegistrants.add(registrantIds[i])
    emails[i] = normalizeEmail(r.email)
    userIds[i] = ''
    registrantNames[k] = registrantName(r)
    names[i] = foldName(registrantNames[k])
    fallbacks[i] = ''
  }
  for (let i = 0; i < count; i++) {
    const userId = table.zoomUserIds[i]
    // With a registration link Zoom may put the registrant id in `id` (zoom-api.md §5.3).
    const idIsRegistrant =
      table.registrantIds[i] === '' && userId !== '' && knownRegistrants.has(userId)
    registrantIds[i] = idIsRegistrant ? userId : table.registrantIds[i]
    userIds[i] = idIsRegistrant ? '' : userId
    emails[i] = table.emails[i]
    names[i] = table.nameKeys[i]
    fallbacks[i] = table.participantIds[i]
  }
  const records: IdentityRecords = {
    columns: {
      registrantIds,
      emails,
      userIds,
      names,
      fallbacks,
      weak: new Uint8Array(total),
      assignedRule: new Uint8Array(total)
    },
    registrantNames,
    links: [],
    blocked: new Map(),
    decisionKeys: new Map(),
    answered: decisions
      ? new Set([...(decisions.accepted ?? []), ...(decisions.rejected ?? [])])
      : noAnswers
  }
  if (decisions) applyDecisions(records, table, meetingUuid, decisions)
  markWeakNames(records.columns, table)
  return records
}

function markWeakNames(columns: IdentityRecords['columns'], table: RowTable): void {
  const { registrantIds, emails, userIds, names, weak } = columns
  for (let i = 0; i < table.rows.length; i++) {
    if (registrantIds[i] !== '' || emails[i] !== '' || userIds[i] !== '') continue
    if (isWeakName(names[i])) {
      weak[i] = 1
      table.flags[i] |= rowFlagBits.weakName
    }
  }
}

function applyDecisions(
  records: IdentityRecords,
  table: RowTable,
  meetingUuid: string,
  decisions: IdentityDecisions
): void {
  const links: { link: IdentityLink; key: string; rule: number }[] = []
  for (const { alias, email } of decisions.aliases ?? []) {
    const target = normalizeEmail(email)
    if (typeof alias !== 'string' || target === '') continue
    const key = JSON.stringify(['alias', alias, target])
    const link: IdentityLink = isEmailLike(alias)
      ? { kind: 'email', emails: [normalizeEmail(alias), target] }
      : { kind: 'name', name: normalizeName(alias), personKey: `e:${target}` }
    links.push({ link, key, rule: ruleIndex.alias })
  }
  for (const key of decisions.accepted ?? []) {
    const link = parseLinkKey(key)
    if (link) links.push({ link, key, rule: ruleIndex.decision })
  }
  for (const key of decisions.rejected ?? []) {
    const link = parseLinkKey(key)
    if (link?.kind === 'name') block(records, link.name, link.personKey)
  }
  applySplits(records, table, meetingUuid, decisions)
  applyEmailLinks(records, links)
  applyNameLinks(records, table.rows.length, links)
  applyRowsLinks(records, table, meetingUuid, links)
}

function block(records: IdentityRecords, name: string, personKey: string): void {
  const list = records.blocked.get(name)
  if (list === undefined) records.blocked.set(name, [personKey])
  else list.push(personKey)
}

function noteDecision(records: IdentityRecords, record: number, key: string): void {
  const list = records.decisionKeys.get(record)
  if (list === undefined) records.decisionKeys.set(record, [key])
  else if (!list.includes(key)) list.push(key)
}

function applySplits(
  records: IdentityRecords,
  table: RowTable,
  meetingUuid: string,
  decisions: IdentityDecisions
): void {
  const { registrantIds, emails, userIds, names } = records.columns
  for (const split of decisions.splits ?? []) {
    if (split.meetingUuid !== undefined && split.meetingUuid !== meetingUuid) continue
    const name = normalizeName(split.name)
    const kind = split.personKey?.[0]
    const value = split.personKey?.slice(2) ?? ''
    if (name === '' || value === '' || split.personKey[1] !== ':') continue
    const column =
      kind === 'e' ? emails : kind === 'u' ? userIds : kind === 'r' ? registrantIds : null
    if (column === null) continue
    const key = JSON.stringify(['split', split.personKey, name])
    block(records, name, split.personKey)
    for (let i = 0; i < table.rows.length; i++) {
      if (names[i] !== name || column[i] !== value) continue
      registrantIds[i] = ''
      emails[i] = ''
      userIds[i] = ''
      noteDecision(records, i, key)
    }
  }
}

/** Emails an alias or decision declared one person all become the same key. */
function applyEmailLinks(
  records: IdentityRecords,
  links: readonly { link: IdentityLink; key: string; rule: number }[]
): void {
  const canonical = new Map<string, string>()
  const find = (email: string): string => {
    let current = email
    for (let next = canonical.get(current); next !== undefined && next !== current;) {
      current = next
      next = canonical.get(current)
    }
    return current
  }
  const keyOf = new Map<string, { key: string; rule: number }>()
  for (const { link, key, rule } of links) {
    if (link.kind !== 'email') continue
    const [a, b] = link.emails.map((email) => find(normalizeEmail(email)))
    if (a !== b) canonical.set(a < b ? b : a, a < b ? a : b)
    for (const email of link.emails) keyOf.set(normalizeEmail(email), { key, rule })
  }
  if (canonical.size === 0) return
  const { emails, assignedRule } = records.columns
  for (let i = 0; i < emails.length; i++) {
    const email = emails[i]
    const decided = email === '' ? undefined : keyOf.get(email)
    if (decided === undefined) continue
    noteDecision(records, i, decided.key)
    const target = find(email)
    // A record already holding the surviving email is matched by it; the others by the decision.
    if (target === email) continue
    emails[i] = target
    assignedRule[i] = assignmentCode(keyKind.e, decided.rule)
  }
}

/** Keyless rows with an aliased or accepted name get that person's key. */
function applyNameLinks(
  records: IdentityRecords,
  rowCount: number,
  links: readonly { link: IdentityLink; key: string; rule: number }[]
): void {
  const byName = new Map<string, Assignment>()
  for (const { link, key, rule } of links) {
    if (link.kind !== 'name' || byName.has(link.name)) continue
    const kind = link.personKey[0] as 'e' | 'u' | 'r'
    byName.set(link.name, { kind, value: link.personKey.slice(2), rule, key })
  }
  if (byName.size === 0) return
  const { registrantIds, emails, userIds, names, assignedRule } = records.columns
  for (let i = 0; i < rowCount; i++) {
    if (registrantIds[i] !== '' || emails[i] !== '' || userIds[i] !== '') continue
    const assignment = byName.get(names[i])
    if (assignment === undefined) continue
    const column =
      assignment.kind === 'e' ? emails : assignment.kind === 'u' ? userIds : registrantIds
    column[i] = assignment.value
    assignedRule[i] = assignmentCode(keyKind[assignment.kind], assignment.rule)
    noteDecision(records, i, assignment.key)
  }
}

/** Accepted rows links of this meeting join the two records they name, when both are here. */
function applyRowsLinks(
  records: IdentityRecords,
  table: RowTable,
  meetingUuid: string,
  links: readonly { link: IdentityLink; key: string; rule: number }[]
): void {
  const wanted = links.filter(
    (entry): entry is typeof entry & { link: { kind: 'rows' } } =>
      entry.link.kind === 'rows' && entry.link.meetingUuid === meetingUuid
  )
  if (wanted.length === 0) return
  const refNames = new Set<string>()
  for (const { link } of wanted) {
    for (const ref of link.rows) if (ref[0] === 'row') refNames.add(ref[3])
  }
  const rowByRef = new Map<string, number>()
  for (let i = 0; i < table.rows.length; i++) {
    if (!refNames.has(table.nameKeys[i])) continue
    const ref = JSON.stringify(rowRef(table, i))
    if (!rowByRef.has(ref)) rowByRef.set(ref, i)
  }
  const { registrantIds } = records.columns
  const recordOf = (ref: RowRef): number => {
    if (ref[0] === 'row') return rowByRef.get(JSON.stringify(ref)) ?? -1
    for (let i = table.rows.length; i < registrantIds.length; i++) {
      if (registrantIds[i] === ref[1]) return i
    }
    return -1
  }
  for (const { link, key } of wanted) {
    const a = recordOf(link.rows[0])
    const b = recordOf(link.rows[1])
    if (a < 0 || b < 0) continue
    records.links.push([a, b, ruleIndex.decision])
    noteDecision(records, a, key)
    noteDecision(records, b, key)
  }
}

/** The reference of a participant row: join time, Zoom's participant id and the folded name. */
export function rowRef(table: RowTable, i: number): RowRef {
  return ['row', formatInstant(table.joinMs[i]), table.participantIds[i], table.nameKeys[i]]
}

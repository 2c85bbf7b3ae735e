/**
 * Plain sentences for identity decisions, written when a decision is made so the audit reads
 * the same later even if names change.
 */
import { parseLinkKey } from '../attendance/engine'
import type { IdentityAction } from '../archive'
import type { IdentityDecisionView } from '../../shared/ipc/contracts/identity-contract'

/** `e:ann@example.org` → ann@example.org; a Zoom user or registrant id says which it is. */
export function personWords(personKey: string): string {
  const value = personKey.slice(2)
  if (personKey.startsWith('u:')) return `Zoom user ${value}`
  if (personKey.startsWith('r:')) return `registrant ${value}`
  return value
}

/** What answering a question means, or null for a key Headcount did not make. */
export function answerWords(key: string, answer: 'accept' | 'reject'): string | null {
  const link = parseLinkKey(key)
  if (link === null) return null
  const same = answer === 'accept'
  switch (link.kind) {
    case 'name':
      return same
        ? `“${link.name}” is ${personWords(link.personKey)}`
        : `“${link.name}” is not ${personWords(link.personKey)}`
    case 'email':
      return same
        ? `${link.emails[0]} and ${link.emails[1]} are one person`
        : `${link.emails[0]} and ${link.emails[1]} are different people`
    case 'rows': {
      const names = link.rows.map((ref) => (ref[0] === 'row' ? `“${ref[3]}”` : 'a registrant'))
      return same
        ? `${names[0]} and ${names[1]} are one person in this meeting`
        : `${names[0]} and ${names[1]} are different people in this meeting`
    }
  }
}

export function decisionView(action: IdentityAction): IdentityDecisionView {
  return {
    id: action.id,
    kind: action.kind,
    summary: action.summary,
    reason: action.reason,
    linkKey: action.linkKey,
    alias: action.alias,
    email: action.email,
    name: action.name,
    personKey: action.personKey,
    meetingUuid: action.meetingUuid,
    at: new Date(action.createdAtMs).toISOString(),
    undoneAt: action.undoneAtMs === null ? null : new Date(action.undoneAtMs).toISOString(),
    undoneReason: action.undoneReason
  }
}

/** True when the decision is about this person (`e:<email>`, `u:<id>` or `r:<id>`). */
export function concernsPerson(action: IdentityAction, personKey: string): boolean {
  if (action.personKey === personKey) return true
  const email = personKey.startsWith('e:') ? personKey.slice(2) : null
  if (email !== null && action.kind === 'alias' && action.email.toLowerCase() === email) return true
  const link = action.linkKey ? parseLinkKey(action.linkKey) : null
  if (link?.kind === 'name') return link.personKey === personKey
  if (link?.kind === 'email') return email !== null && link.emails.includes(email)
  return false
}

/**
 * Turns the identity book's open decisions into the engine's input. Kept pure so every reader
 * (a meeting, a roll-up, an export, the review queue) applies the same book the same way.
 */
import type { IdentityAction } from '../archive/identity-book-types'
import type { IdentityDecisions } from '../attendance/engine'

export function decisionsFromBook(actions: readonly IdentityAction[]): IdentityDecisions {
  const accepted: string[] = []
  const rejected: string[] = []
  const aliases: { alias: string; email: string }[] = []
  const splits: { personKey: string; name: string; meetingUuid?: string }[] = []
  for (const action of actions) {
    if (action.undoneAtMs !== null) continue
    switch (action.kind) {
      case 'accept':
      case 'merge':
        if (action.linkKey) accepted.push(action.linkKey)
        break
      case 'reject':
        if (action.linkKey) rejected.push(action.linkKey)
        break
      case 'alias':
        if (action.alias && action.email) aliases.push({ alias: action.alias, email: action.email })
        break
      case 'split':
        if (action.personKey && action.name) {
          splits.push({
            personKey: action.personKey,
            name: action.name,
            ...(action.meetingUuid ? { meetingUuid: action.meetingUuid } : {})
          })
        }
        break
    }
  }
  return { accepted, rejected, aliases, splits }
}

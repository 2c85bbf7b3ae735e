import type { IdentityService } from '../../identity/identity-service'
import type { DomainHandlers } from '../router'

export function createIdentityHandlers(identity: IdentityService): DomainHandlers<'identity'> {
  return {
    'identity:review-queue': (input) => identity.reviewQueue(input),
    'identity:answer': (input) => identity.answer(input),
    'identity:undo': (input) => identity.undo(input),
    'identity:add-alias': (input) => identity.addAlias(input),
    'identity:decisions': (input) => identity.decisions(input),
    'identity:export-aliases': () => identity.exportAliases(),
    'identity:import-aliases': () => identity.importAliases()
  }
}

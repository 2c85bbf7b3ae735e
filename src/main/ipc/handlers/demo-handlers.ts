import type { AccountConnection } from '../../accounts/account-connection'
import type { DomainHandlers } from '../router'

export function createDemoHandlers(connection: AccountConnection): DomainHandlers<'demo'> {
  return {
    'demo:start': () => connection.startDemo()
  }
}

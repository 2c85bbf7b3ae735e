import type { AccountSession } from '../../accounts/account-session'
import type { Handlers } from '../router'

type AccountChannels =
  | 'accounts:get-state'
  | 'accounts:create'
  | 'accounts:update'
  | 'accounts:set-secret'
  | 'accounts:connect'
  | 'accounts:test-connection'
  | 'accounts:sign-in-host'
  | 'accounts:sign-out'
  | 'accounts:forget'
  | 'accounts:allow-weak-storage'
  | 'accounts:dismiss-notice'
  | 'demo:start'

export function createAccountsHandlers(
  session: AccountSession,
  allowWeakStorage: (allow: boolean) => Promise<unknown>
): Pick<Handlers, AccountChannels> {
  return {
    'accounts:get-state': () => session.state(),
    'accounts:create': (input) => session.create(input),
    'accounts:update': ({ id, patch }) => session.update(id, patch),
    'accounts:set-secret': ({ id, clientSecret }) => session.setSecret(id, clientSecret),
    'accounts:connect': ({ id }) => session.connect(id),
    'accounts:test-connection': async () => ({ features: await session.testConnection() }),
    'accounts:sign-in-host': ({ email }) => session.signInHost(email),
    'accounts:sign-out': () => session.signOut(),
    'accounts:forget': ({ id }) => session.forget(id),
    'accounts:allow-weak-storage': async ({ allow }) => {
      await allowWeakStorage(allow)
      return (await session.state()).encryption
    },
    'accounts:dismiss-notice': async () => {
      session.dismissNotice()
      return { dismissed: true as const }
    },
    'demo:start': () => session.startDemo()
  }
}

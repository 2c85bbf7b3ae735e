import type { AccountConnection } from '../../accounts/account-connection'
import type { AccountProfiles } from '../../accounts/account-profiles'
import type { AccountsOverview } from '../../accounts/accounts-state'
import type { FeatureChecks } from '../../accounts/feature-checks'
import type { DomainHandlers } from '../router'

/** Saved accounts, the connection, Test connection, and how secrets may be stored. */
export function createAccountsHandlers(deps: {
  connection: AccountConnection
  profiles: AccountProfiles
  overview: AccountsOverview
  features: FeatureChecks
  allowWeakStorage: (allow: boolean) => Promise<unknown>
}): DomainHandlers<'accounts'> {
  const { connection, profiles, overview } = deps
  return {
    'accounts:get-state': () => overview.state(),
    'accounts:create': (input) => profiles.create(input),
    'accounts:update': ({ id, patch }) => profiles.update(id, patch),
    'accounts:set-secret': ({ id, clientSecret }) => profiles.setSecret(id, clientSecret),
    'accounts:connect': ({ id }) => connection.connect(id),
    'accounts:test-connection': async () => ({ features: await deps.features.test() }),
    'accounts:sign-in-host': ({ email }) => connection.signInHost(email),
    'accounts:sign-out': () => connection.signOut(),
    'accounts:forget': ({ id, keepArchive }) => profiles.forget(id, { keepArchive }),
    'accounts:allow-weak-storage': async ({ allow }) => {
      await deps.allowWeakStorage(allow)
      return (await overview.state()).encryption
    },
    'accounts:dismiss-notice': async () => {
      overview.dismissNotice()
      return { dismissed: true as const }
    }
  }
}

import type { AccountsState } from '../../shared/ipc/contracts/accounts-contract'
import type { OpenedSettings } from '../storage'
import type { AccountConnection } from './account-connection'

/**
 * What the Accounts screen shows: the saved accounts, how secrets are protected, the
 * connection, and the settings notice until the admin dismisses it (for this run).
 */
export interface AccountsOverview {
  state(): Promise<AccountsState>
  dismissNotice(): void
}

export function createAccountsOverview(deps: {
  storage: Pick<OpenedSettings, 'profiles' | 'vault' | 'notice'>
  connection: AccountConnection
}): AccountsOverview {
  let noticeDismissed = false
  return {
    async state() {
      const { profiles, vault, notice } = deps.storage
      return {
        profiles: profiles.list(),
        encryption: await vault.encryptionStatus(),
        connection: deps.connection.connection(),
        notice:
          notice && !noticeDismissed ? { message: notice.message, remedy: notice.remedy } : null
      }
    },
    dismissNotice() {
      noticeDismissed = true
    }
  }
}

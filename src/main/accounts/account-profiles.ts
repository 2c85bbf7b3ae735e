import type { AccountsState, SecretOutcome } from '../../shared/ipc/contracts/accounts-contract'
import type { OpenedSettings, ProfileSaveResult, SecretSaveResult } from '../storage'
import type { AccountConnection } from './account-connection'

/**
 * The saved Zoom accounts: add, change, set the secret, forget. Changing the account that is
 * connected reconnects it, since new credentials make the old token and host choice void.
 */
export interface AccountProfiles {
  create(input: unknown): Promise<SavedProfile>
  update(id: string, patch: unknown): Promise<SavedProfile>
  setSecret(id: string, clientSecret: string): Promise<SecretOutcome>
  /**
   * Deletes a saved account and what Headcount kept for it; its archived attendance stays
   * unless `keepArchive` is false.
   */
  forget(id: string, options?: { keepArchive?: boolean }): Promise<AccountsState>
}

export interface SavedProfile {
  profile: ProfileSaveResult['profile']
  secret: SecretOutcome | null
}

export function createAccountProfiles(deps: {
  storage: Pick<OpenedSettings, 'profiles' | 'vault'>
  connection: AccountConnection
  /** The Accounts screen's state, answered after a profile is forgotten. */
  state: () => Promise<AccountsState>
  /** Stops the profile's running jobs (a roll-up, an export) and waits until they have ended. */
  stopJobs: (profileId: string) => Promise<unknown>
  /** The profile's archive: its sync stops with it; its rows go only when asked. */
  archive: {
    stopSync(profileId: string): Promise<void>
    forgetAccount(profileId: string): Promise<void>
  }
}): AccountProfiles {
  const { profiles, vault } = deps.storage
  // Also when connecting to it just failed (a secret that could not be read): the admin
  // fixed the reason, so the account picked last is put back to work.
  const reconnectIfActive = async (id: string): Promise<void> => {
    const now = deps.connection.connection()
    const failedPick = now.mode === 'none' && profiles.active()?.id === id
    if (now.profileId === id || failedPick) await deps.connection.connect(id)
  }
  return {
    async create(input) {
      const saved = await profiles.create(input)
      return { profile: saved.profile, secret: outcome(saved.secret) }
    },
    async update(id, patch) {
      const saved = await profiles.update(id, patch)
      await reconnectIfActive(id)
      return { profile: saved.profile, secret: outcome(saved.secret) }
    },
    async setSecret(id, clientSecret) {
      const saved = await vault.saveSecret(id, clientSecret)
      await reconnectIfActive(id)
      return outcome(saved) as SecretOutcome
    },
    async forget(id, { keepArchive = true } = {}) {
      profiles.get(id)
      // Nothing may keep working for an account that is going away, or write for it after;
      // its sync stops before its client goes away.
      await deps.stopJobs(id)
      await deps.archive.stopSync(id)
      if (!keepArchive) await deps.archive.forgetAccount(id)
      deps.connection.disconnectProfile(id)
      profiles.remove(id)
      return deps.state()
    }
  }
}

function outcome(result: SecretSaveResult | null): SecretOutcome | null {
  if (!result) return null
  return result.persisted
    ? { persisted: true, message: result.message }
    : { persisted: false, message: result.message, remedy: result.remedy }
}

import type { Logger } from '../logging/logger'
import { clientSecretSchema, parseInput } from '../../shared/settings/input-schemas'
import {
  strengthOf,
  type CipherBackend,
  type CipherStrength,
  type SecretCipher
} from './secret-cipher'
import { findProfile, type SettingsRepo } from './settings-repo'
import type { StoredProfile } from './settings-schema'
import { createKeyedLock } from './keyed-lock'
import {
  missingSecretMessage,
  needsSecretMessage,
  notPersistedMessages,
  persistedMessage,
  storageWording,
  type NeedsSecretReason,
  type NotPersistedReason
} from './vault-messages'
import type {
  EncryptionStatus,
  SecretReadResult,
  SecretSaveResult,
  SecretState
} from './vault-types'

export type * from './vault-types'

export interface VaultOptions {
  repo: SettingsRepo
  cipher: SecretCipher
  logger: Logger
  now?: () => Date
  /** Profiles whose saved secret was unusable and was taken out when the file was opened. */
  damagedSecrets?: readonly string[]
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/** Error text for logs, with the secret cut out in case a backend ever echoes its input. */
function describeError(error: unknown, secret?: string): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown'
  return secret ? text.split(secret).join('[REDACTED]') : text
}

/**
 * Saves and reads each profile's client secret through the SecretCipher port. Secrets are only
 * written to disk as ciphertext from a strong backend (or a weak one the admin opted into);
 * otherwise they live in memory for this session. Nothing here throws on cipher trouble.
 */
export interface Vault {
  encryptionStatus(): Promise<EncryptionStatus>
  saveSecret(profileId: string, input: unknown): Promise<SecretSaveResult>
  readSecret(profileId: string): Promise<SecretReadResult>
  /** For summaries: no cipher calls, so listing profiles never prompts the keychain. */
  stateOf(profile: StoredProfile): SecretState
  /** Drop what this session remembers (the profile itself is removed by the caller). */
  forget(profileId: string): void
  /**
   * Turning the opt-in on saves the secrets entered this session; turning it off removes
   * weakly protected secrets from disk but keeps them usable until the app closes.
   */
  setWeakStorageOptIn(allow: boolean): Promise<void>
}

export function createVault(options: VaultOptions): Vault {
  const session = new Map<string, string>()
  const failures = new Map<string, NeedsSecretReason>()
  for (const id of options.damagedSecrets ?? []) failures.set(id, 'damaged')
  const lock = createKeyedLock()
  const { repo, cipher, logger } = options
  const now = options.now ?? (() => new Date())

  async function probe(): Promise<{ backend: CipherBackend; strength: CipherStrength }> {
    let available = false
    let backend: CipherBackend = 'unknown'
    try {
      available = await cipher.isAvailable()
      backend = await cipher.backend()
    } catch (error) {
      logger.warn('Could not query secure storage', { error: describeError(error) })
    }
    return { backend, strength: strengthOf(backend, available) }
  }

  function writeCiphertext(profileId: string, ciphertext: string, backend: CipherBackend): void {
    repo.update((draft) => {
      const profile = draft.profiles.find((candidate) => candidate.id === profileId)
      if (profile) profile.secret = { ciphertext, backend, savedAt: now().toISOString() }
    })
  }

  function dropStored(profileId: string): void {
    const profile = repo.read().profiles.find((candidate) => candidate.id === profileId)
    if (!profile?.secret) return
    repo.update((draft) => {
      const target = draft.profiles.find((candidate) => candidate.id === profileId)
      if (target) target.secret = null
    })
  }

  async function reEncrypt(
    profileId: string,
    value: string,
    backend: CipherBackend
  ): Promise<void> {
    try {
      const ciphertext = await cipher.encrypt(value)
      if (!BASE64.test(ciphertext)) throw new Error('Cipher returned text that is not base64.')
      writeCiphertext(profileId, ciphertext, backend)
      logger.info('Client secret re-encrypted', { profileId, backend })
    } catch (error) {
      // The old ciphertext still works; try again next time.
      logger.warn('Re-encrypting a client secret failed', {
        profileId,
        error: describeError(error, value)
      })
    }
  }

  function notPersisted(
    profileId: string,
    reason: NotPersistedReason,
    backend: CipherBackend
  ): SecretSaveResult {
    // An older ciphertext on disk would bring back the previous secret next start.
    dropStored(profileId)
    logger.warn('Client secret kept in memory only', { profileId, reason, backend })
    return { persisted: false, reason, backend, ...notPersistedMessages[reason] }
  }

  function needsSecret(
    profileId: string,
    reason: NeedsSecretReason,
    stored: CipherBackend,
    current: CipherBackend
  ): SecretReadResult {
    failures.set(profileId, reason)
    logger.warn('Saved client secret is unusable', { profileId, reason, stored, current })
    return { status: 'needs-secret', reason, ...needsSecretMessage(reason, stored, current) }
  }

  async function saveSecret(profileId: string, input: unknown): Promise<SecretSaveResult> {
    const secret = parseInput(clientSecretSchema, input)
    return lock.run(profileId, async () => {
      findProfile(repo.read(), profileId)
      session.set(profileId, secret)
      failures.delete(profileId)
      const { backend, strength } = await probe()
      const allowWeak = repo.read().allowWeakSecretStorage
      if (strength === 'none') return notPersisted(profileId, 'encryption-unavailable', backend)
      if (strength === 'weak' && !allowWeak) {
        return notPersisted(profileId, 'weak-encryption', backend)
      }
      let ciphertext: string
      try {
        ciphertext = await cipher.encrypt(secret)
        if (!BASE64.test(ciphertext)) throw new Error('Cipher returned text that is not base64.')
      } catch (error) {
        logger.warn('Encrypting a client secret failed', {
          profileId,
          backend,
          error: describeError(error, secret)
        })
        return notPersisted(profileId, 'encryption-failed', backend)
      }
      writeCiphertext(profileId, ciphertext, backend)
      logger.info('Client secret saved', { profileId, backend })
      const weak = strength === 'weak'
      return { persisted: true, backend, weak, message: persistedMessage(weak, backend) }
    })
  }

  async function readSecret(profileId: string): Promise<SecretReadResult> {
    return lock.run(profileId, async () => {
      const profile = findProfile(repo.read(), profileId)
      const remembered = session.get(profileId)
      if (remembered !== undefined) return { status: 'ok', secret: remembered }
      const stored = profile.secret
      const failed = failures.get(profileId)
      if (!stored && failed) return needsSecret(profileId, failed, 'unknown', 'unknown')
      if (!stored) return { status: 'missing', ...missingSecretMessage }

      const { backend, strength } = await probe()
      if (strength === 'none')
        return needsSecret(profileId, 'encryption-unavailable', stored.backend, backend)
      // A weak ciphertext may be readable once a real keyring appears; any other switch is not.
      const upgrading = strengthOf(stored.backend, true) === 'weak' && strength === 'strong'
      if (stored.backend !== backend && !upgrading) {
        return needsSecret(profileId, 'backend-changed', stored.backend, backend)
      }
      let value: string
      let shouldReEncrypt: boolean
      try {
        ;({ value, shouldReEncrypt } = await cipher.decrypt(stored.ciphertext))
      } catch (error) {
        logger.warn('Decrypting a client secret failed', {
          profileId,
          error: describeError(error)
        })
        return needsSecret(profileId, 'decrypt-failed', stored.backend, backend)
      }
      session.set(profileId, value)
      failures.delete(profileId)
      const acceptable = strength === 'strong' || repo.read().allowWeakSecretStorage
      if ((shouldReEncrypt || stored.backend !== backend) && acceptable) {
        await reEncrypt(profileId, value, backend)
      }
      return { status: 'ok', secret: value }
    })
  }

  return {
    async encryptionStatus() {
      const { backend, strength } = await probe()
      const allowWeak = repo.read().allowWeakSecretStorage
      return {
        backend,
        strength,
        allowWeakSecretStorage: allowWeak,
        persists: strength === 'strong' || (strength === 'weak' && allowWeak),
        wording: storageWording(backend, strength, allowWeak)
      }
    },
    saveSecret,
    readSecret,
    stateOf(profile) {
      const backend = profile.secret?.backend ?? null
      if (failures.has(profile.id)) return { status: 'needs-secret', backend }
      if (profile.secret) return { status: 'saved', backend }
      if (session.has(profile.id)) return { status: 'session-only', backend: null }
      return { status: 'missing', backend: null }
    },
    forget(profileId) {
      session.delete(profileId)
      failures.delete(profileId)
    },
    async setWeakStorageOptIn(allow) {
      repo.update((draft) => {
        draft.allowWeakSecretStorage = allow
      })
      for (const profile of repo.read().profiles) {
        const remembered = session.get(profile.id)
        if (allow && remembered !== undefined && !profile.secret) {
          await saveSecret(profile.id, remembered)
        }
        if (!allow && profile.secret && strengthOf(profile.secret.backend, true) === 'weak') {
          if (remembered === undefined) await readSecret(profile.id)
          await lock.run(profile.id, async () => dropStored(profile.id))
        }
      }
    }
  }
}

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
import { KeyedLock } from './keyed-lock'
import {
  missingSecretMessage,
  needsSecretMessage,
  notPersistedMessages,
  persistedMessage,
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
export class Vault {
  private readonly session = new Map<string, string>()
  private readonly failures = new Map<string, NeedsSecretReason>()
  private readonly lock = new KeyedLock()
  private readonly repo: SettingsRepo
  private readonly cipher: SecretCipher
  private readonly logger: Logger
  private readonly now: () => Date

  constructor(options: VaultOptions) {
    this.repo = options.repo
    this.cipher = options.cipher
    this.logger = options.logger
    this.now = options.now ?? (() => new Date())
    for (const id of options.damagedSecrets ?? []) this.failures.set(id, 'damaged')
  }

  async encryptionStatus(): Promise<EncryptionStatus> {
    const { backend, strength } = await this.probe()
    const allowWeak = this.repo.read().allowWeakSecretStorage
    return {
      backend,
      strength,
      allowWeakSecretStorage: allowWeak,
      persists: strength === 'strong' || (strength === 'weak' && allowWeak)
    }
  }

  async saveSecret(profileId: string, input: unknown): Promise<SecretSaveResult> {
    const secret = parseInput(clientSecretSchema, input)
    return this.lock.run(profileId, async () => {
      findProfile(this.repo.read(), profileId)
      this.session.set(profileId, secret)
      this.failures.delete(profileId)
      const { backend, strength } = await this.probe()
      const allowWeak = this.repo.read().allowWeakSecretStorage
      if (strength === 'none')
        return this.notPersisted(profileId, 'encryption-unavailable', backend)
      if (strength === 'weak' && !allowWeak) {
        return this.notPersisted(profileId, 'weak-encryption', backend)
      }
      let ciphertext: string
      try {
        ciphertext = await this.cipher.encrypt(secret)
        if (!BASE64.test(ciphertext)) throw new Error('Cipher returned text that is not base64.')
      } catch (error) {
        this.logger.warn('Encrypting a client secret failed', {
          profileId,
          backend,
          error: describeError(error, secret)
        })
        return this.notPersisted(profileId, 'encryption-failed', backend)
      }
      this.writeCiphertext(profileId, ciphertext, backend)
      this.logger.info('Client secret saved', { profileId, backend })
      const weak = strength === 'weak'
      return { persisted: true, backend, weak, message: persistedMessage(weak) }
    })
  }

  async readSecret(profileId: string): Promise<SecretReadResult> {
    return this.lock.run(profileId, async () => {
      const profile = findProfile(this.repo.read(), profileId)
      const remembered = this.session.get(profileId)
      if (remembered !== undefined) return { status: 'ok', secret: remembered }
      const stored = profile.secret
      const failed = this.failures.get(profileId)
      if (!stored && failed) return this.needsSecret(profileId, failed, 'unknown', 'unknown')
      if (!stored) return { status: 'missing', ...missingSecretMessage }

      const { backend, strength } = await this.probe()
      if (strength === 'none')
        return this.needsSecret(profileId, 'encryption-unavailable', stored.backend, backend)
      // A weak ciphertext may be readable once a real keyring appears; any other switch is not.
      const upgrading = strengthOf(stored.backend, true) === 'weak' && strength === 'strong'
      if (stored.backend !== backend && !upgrading) {
        return this.needsSecret(profileId, 'backend-changed', stored.backend, backend)
      }
      let value: string
      let shouldReEncrypt: boolean
      try {
        ;({ value, shouldReEncrypt } = await this.cipher.decrypt(stored.ciphertext))
      } catch (error) {
        this.logger.warn('Decrypting a client secret failed', {
          profileId,
          error: describeError(error)
        })
        return this.needsSecret(profileId, 'decrypt-failed', stored.backend, backend)
      }
      this.session.set(profileId, value)
      this.failures.delete(profileId)
      const acceptable = strength === 'strong' || this.repo.read().allowWeakSecretStorage
      if ((shouldReEncrypt || stored.backend !== backend) && acceptable) {
        await this.reEncrypt(profileId, value, backend)
      }
      return { status: 'ok', secret: value }
    })
  }

  /** For summaries: no cipher calls, so listing profiles never prompts the keychain. */
  stateOf(profile: StoredProfile): SecretState {
    const backend = profile.secret?.backend ?? null
    if (this.failures.has(profile.id)) return { status: 'needs-secret', backend }
    if (profile.secret) return { status: 'saved', backend }
    if (this.session.has(profile.id)) return { status: 'session-only', backend: null }
    return { status: 'missing', backend: null }
  }

  /** Drop what this session remembers (the profile itself is removed by the caller). */
  forget(profileId: string): void {
    this.session.delete(profileId)
    this.failures.delete(profileId)
  }

  /**
   * Turning the opt-in on saves the secrets entered this session; turning it off removes
   * weakly protected secrets from disk but keeps them usable until the app closes.
   */
  async setWeakStorageOptIn(allow: boolean): Promise<void> {
    this.repo.update((draft) => {
      draft.allowWeakSecretStorage = allow
    })
    for (const profile of this.repo.read().profiles) {
      const remembered = this.session.get(profile.id)
      if (allow && remembered !== undefined && !profile.secret) {
        await this.saveSecret(profile.id, remembered)
      }
      if (!allow && profile.secret && strengthOf(profile.secret.backend, true) === 'weak') {
        if (remembered === undefined) await this.readSecret(profile.id)
        await this.lock.run(profile.id, async () => this.dropStored(profile.id))
      }
    }
  }

  private async probe(): Promise<{ backend: CipherBackend; strength: CipherStrength }> {
    let available = false
    let backend: CipherBackend = 'unknown'
    try {
      available = await this.cipher.isAvailable()
      backend = await this.cipher.backend()
    } catch (error) {
      this.logger.warn('Could not query secure storage', { error: describeError(error) })
    }
    return { backend, strength: strengthOf(backend, available) }
  }

  private writeCiphertext(profileId: string, ciphertext: string, backend: CipherBackend): void {
    this.repo.update((draft) => {
      const profile = draft.profiles.find((candidate) => candidate.id === profileId)
      if (profile) profile.secret = { ciphertext, backend, savedAt: this.now().toISOString() }
    })
  }

  private dropStored(profileId: string): void {
    const profile = this.repo.read().profiles.find((candidate) => candidate.id === profileId)
    if (!profile?.secret) return
    this.repo.update((draft) => {
      const target = draft.profiles.find((candidate) => candidate.id === profileId)
      if (target) target.secret = null
    })
  }

  private async reEncrypt(profileId: string, value: string, backend: CipherBackend): Promise<void> {
    try {
      const ciphertext = await this.cipher.encrypt(value)
      if (!BASE64.test(ciphertext)) throw new Error('Cipher returned text that is not base64.')
      this.writeCiphertext(profileId, ciphertext, backend)
      this.logger.info('Client secret re-encrypted', { profileId, backend })
    } catch (error) {
      // The old ciphertext still works; try again next time.
      this.logger.warn('Re-encrypting a client secret failed', {
        profileId,
        error: describeError(error, value)
      })
    }
  }

  private notPersisted(
    profileId: string,
    reason: NotPersistedReason,
    backend: CipherBackend
  ): SecretSaveResult {
    // An older ciphertext on disk would bring back the previous secret next start.
    this.dropStored(profileId)
    this.logger.warn('Client secret kept in memory only', { profileId, reason, backend })
    return { persisted: false, reason, backend, ...notPersistedMessages[reason] }
  }

  private needsSecret(
    profileId: string,
    reason: NeedsSecretReason,
    stored: CipherBackend,
    current: CipherBackend
  ): SecretReadResult {
    this.failures.set(profileId, reason)
    this.logger.warn('Saved client secret is unusable', { profileId, reason, stored, current })
    return { status: 'needs-secret', reason, ...needsSecretMessage(reason, stored, current) }
  }
}

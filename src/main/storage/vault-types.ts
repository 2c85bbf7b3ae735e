import type { CipherBackend, CipherStrength } from './secret-cipher'
import type { NeedsSecretReason, NotPersistedReason, StorageWording } from './vault-messages'

export type { NeedsSecretReason, NotPersistedReason } from './vault-messages'

/**
 * saved: ciphertext on disk. session-only: in memory until the app closes.
 * needs-secret: a saved secret could not be unlocked. missing: never entered.
 */
export type SecretStatus = 'saved' | 'session-only' | 'needs-secret' | 'missing'

export type SecretSaveResult =
  | { persisted: true; backend: CipherBackend; weak: boolean; message: string }
  | {
      persisted: false
      reason: NotPersistedReason
      backend: CipherBackend
      message: string
      remedy: string
    }

/** The only result type that carries the secret; never send it to the renderer or a log. */
export type SecretReadResult =
  | { status: 'ok'; secret: string }
  | { status: 'needs-secret'; reason: NeedsSecretReason; message: string; remedy: string }
  | { status: 'missing'; message: string; remedy: string }

export interface SecretState {
  status: SecretStatus
  /** The password store that holds the saved secret; null when nothing is saved. */
  backend: CipherBackend | null
}

export interface EncryptionStatus {
  backend: CipherBackend
  strength: CipherStrength
  allowWeakSecretStorage: boolean
  /** Whether a secret entered now would be saved to disk. */
  persists: boolean
  /** The field hint and notice, worded from the same facts as each save outcome. */
  wording: StorageWording
}

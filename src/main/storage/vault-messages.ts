import { strengthOf, type CipherBackend, type CipherStrength } from './secret-cipher'
import type { SecretStatus } from './vault-types'

/** Everything the admin reads about secret storage, in one place so the wording stays consistent. */

export type NotPersistedReason = 'weak-encryption' | 'encryption-unavailable' | 'encryption-failed'
export type NeedsSecretReason =
  'decrypt-failed' | 'backend-changed' | 'encryption-unavailable' | 'damaged'

export interface PlainMessage {
  message: string
  remedy: string
}

/** The one sentence for a secret that lives in memory only, wherever it is said. */
export const keptUntilClose = 'Your client secret is kept only until Headcount closes.'
const neverLeaves = 'It never leaves this computer except to sign in to Zoom.'

/** Why a secret is not saved, and the fix: shared by the notice and the save outcome. */
const notSaved: Record<NotPersistedReason, { why: string; fix: string }> = {
  'weak-encryption': {
    why: 'This computer has no password store (keyring) Headcount can use, so saving the secret would only hide it, not protect it.',
    fix:
      'Set up a keyring such as GNOME Keyring or KWallet and restart Headcount. Or, if anyone who ' +
      'copies your settings folder may read it, choose "Save with basic protection".'
  },
  'encryption-unavailable': {
    why: "This computer's password store can't be used right now (it may be locked, or there is none).",
    fix: 'Unlock or set up your keychain or password manager, then restart Headcount and enter the secret again.'
  },
  'encryption-failed': {
    why: 'Encrypting it failed just now.',
    fix: 'Enter the client secret again. If this keeps happening, restart your computer.'
  }
}

export const notPersistedMessages = Object.fromEntries(
  Object.entries(notSaved).map(([reason, { why, fix }]) => [
    reason,
    { message: `${keptUntilClose} ${why}`, remedy: fix }
  ])
) as Record<NotPersistedReason, PlainMessage>

const basicOnly =
  'with basic protection only, as you chose: anyone who copies your settings folder could read it'

/** The password store by the name its owner knows it. */
function storeName(backend: CipherBackend): string {
  if (backend === 'keychain') return 'the macOS Keychain'
  if (backend === 'dpapi') return 'Windows Data Protection'
  if (backend === 'gnome_libsecret') return 'GNOME Keyring'
  if (backend.startsWith('kwallet')) return 'KWallet'
  return 'the system password store'
}

export function persistedMessage(weak: boolean, backend: CipherBackend): string {
  return weak
    ? `Your client secret was saved ${basicOnly}.`
    : `Your client secret was saved, encrypted by ${storeName(backend)}.`
}

/** What the Accounts screen says about storing a secret entered now. */
export interface StorageWording {
  fieldHint: string
  notice: PlainMessage | null
}

export function storageWording(
  backend: CipherBackend,
  strength: CipherStrength,
  allowWeak: boolean
): StorageWording {
  if (strength === 'strong') {
    return { fieldHint: `Saved encrypted by ${storeName(backend)}. ${neverLeaves}`, notice: null }
  }
  if (strength === 'weak' && allowWeak) {
    return {
      fieldHint: `Saved ${basicOnly}. ${neverLeaves}`,
      notice: {
        message: 'Client secrets are saved with basic protection only, as you chose.',
        remedy:
          'Anyone who copies your settings folder could read them. Set up a keyring such as ' +
          'GNOME Keyring or KWallet and restart Headcount to have them encrypted properly.'
      }
    }
  }
  const reason = strength === 'weak' ? 'weak-encryption' : 'encryption-unavailable'
  return {
    fieldHint: `Kept only until Headcount closes: this computer can't encrypt it. ${neverLeaves}`,
    notice: { message: keptUntilClose, remedy: `${notSaved[reason].why} ${notSaved[reason].fix}` }
  }
}

/** One saved account's line in the list, from the same facts as the wording above. */
export function secretLabel(status: SecretStatus, backend: CipherBackend | null): string {
  if (status === 'saved') {
    return backend !== null && strengthOf(backend, true) === 'weak'
      ? 'Secret saved with basic protection only'
      : 'Secret saved, encrypted'
  }
  if (status === 'session-only') return 'Secret kept only until Headcount closes'
  if (status === 'needs-secret') return 'Enter the client secret again'
  return 'No client secret yet'
}

export function needsSecretMessage(
  reason: NeedsSecretReason,
  stored: CipherBackend,
  current: CipherBackend
): PlainMessage {
  const remedy = 'Enter the client secret again (from your Zoom Server-to-Server OAuth app).'
  switch (reason) {
    case 'backend-changed':
      return {
        message:
          `The saved client secret was locked with a different password store (${stored}) ` +
          `than the one this computer uses now (${current}), so Headcount cannot unlock it.`,
        remedy
      }
    case 'encryption-unavailable':
      return {
        message:
          "This computer's secure storage is not available right now, so Headcount cannot unlock the saved client secret.",
        remedy:
          'Unlock your keychain or password manager and try again, or enter the client secret again.'
      }
    case 'damaged':
      return {
        message:
          "The saved client secret for this account was damaged in Headcount's settings file, " +
          'so Headcount set it aside. Your other accounts are not affected.',
        remedy
      }
    case 'decrypt-failed':
      return {
        message:
          'Headcount could not unlock the saved client secret. This happens after settings are copied ' +
          'from another computer or the system keychain changes.',
        remedy
      }
  }
}

export const missingSecretMessage: PlainMessage = {
  message: 'No client secret has been entered for this Zoom account yet.',
  remedy: 'Enter the client secret from your Zoom Server-to-Server OAuth app.'
}

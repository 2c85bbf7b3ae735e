import type { CipherBackend } from './secret-cipher'

/** Everything the admin reads about secret storage, in one place so the wording stays consistent. */

export type NotPersistedReason = 'weak-encryption' | 'encryption-unavailable' | 'encryption-failed'
export type NeedsSecretReason =
  'decrypt-failed' | 'backend-changed' | 'encryption-unavailable' | 'damaged'

export interface PlainMessage {
  message: string
  remedy: string
}

const sessionOnly = 'Headcount will remember it until you close the app.'

export const notPersistedMessages: Record<NotPersistedReason, PlainMessage> = {
  'weak-encryption': {
    message: `Your client secret was not saved on this computer because it has no secure password storage. ${sessionOnly}`,
    remedy:
      'Install or unlock a password manager such as GNOME Keyring or KWallet and restart Headcount. ' +
      'Or, if you accept that anyone who copies your settings folder could read the secret, turn on ' +
      '"Save secrets with basic protection" in Settings.'
  },
  'encryption-unavailable': {
    message: `Your client secret was not saved because this computer's secure storage is not available right now. ${sessionOnly}`,
    remedy: 'Unlock your keychain or password manager, then enter the client secret again.'
  },
  'encryption-failed': {
    message: `Your client secret could not be encrypted, so it was not saved. ${sessionOnly}`,
    remedy: 'Enter the client secret again. If this keeps happening, restart your computer.'
  }
}

export function persistedMessage(weak: boolean): string {
  return weak
    ? 'Your client secret was saved with basic protection only, as you chose in Settings. ' +
        'Anyone who copies your settings folder could read it.'
    : 'Your client secret was saved securely on this computer.'
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

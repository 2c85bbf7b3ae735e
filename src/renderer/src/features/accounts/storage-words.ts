import type { AccountsState } from '@shared/ipc/contracts/accounts-contract'

type Encryption = AccountsState['encryption']

/**
 * Where a client secret goes, said one way everywhere (the notice, the field's hint, the line
 * after saving, each saved account), worked out from the one storage state main reports.
 */
export function storageWords(encryption: Encryption | undefined): {
  /** A sentence for hints and notices. */
  sentence: string
  /** A few words for a saved account's line. */
  short: string
  persists: boolean
} {
  if (!encryption || !encryption.persists) {
    return {
      sentence:
        'Headcount keeps the client secret only until it closes: this computer offers no password store to protect it, so you enter it again next time.',
      short: 'Secret kept until Headcount closes',
      persists: false
    }
  }
  if (encryption.strength === 'weak') {
    return {
      sentence:
        'Headcount saves the client secret with weak protection, as you chose: anyone who can read your files could recover it.',
      short: 'Secret saved with weak protection',
      persists: true
    }
  }
  return {
    sentence:
      'Headcount saves the client secret encrypted by your computer’s password store. It never leaves this computer except to sign in to Zoom.',
    short: 'Secret saved, encrypted',
    persists: true
  }
}

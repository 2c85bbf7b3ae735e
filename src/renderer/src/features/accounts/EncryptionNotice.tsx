import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { Notice } from '../../components/Notice'
import { storageWords } from './storage-words'
import ui from '../../styles/ui.module.css'

/** Explains why a secret is not being saved, and offers the explicit weak-storage opt-in. */
export function EncryptionNotice() {
  const encryption = useAccountsStore((s) => s.account.data?.encryption)
  const allowWeakStorage = useAccountsStore((s) => s.allowWeakStorage)
  const [asking, setAsking] = useState(false)
  if (!encryption || encryption.persists) return null
  const weakAvailable = encryption.strength === 'weak'
  return (
    <Notice
      tone="warning"
      role="note"
      testId="encryption-notice"
      message={storageWords(encryption).sentence}
      remedy={
        weakAvailable
          ? 'Saving it without a password store (keyring) would only hide it, not protect it. Set up a keyring such as GNOME Keyring or KWallet and restart Headcount, or enter the secret each time.'
          : 'To have it saved, open Headcount on a computer with a password store (keychain or keyring).'
      }
    >
      {weakAvailable ? (
        <button type="button" className={ui.secondary} onClick={() => setAsking(true)}>
          Save it with weak protection anyway…
        </button>
      ) : null}
      <ConfirmDialog
        open={asking}
        title="Save the secret with weak protection?"
        confirmLabel="Save with weak protection"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false)
          void allowWeakStorage(true)
        }}
      >
        <p>
          Anyone who can read your files could recover the client secret, and with it read your
          organisation’s Zoom data. Only do this on a computer that you alone use.
        </p>
      </ConfirmDialog>
    </Notice>
  )
}

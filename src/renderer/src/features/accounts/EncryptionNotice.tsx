import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { Notice } from '../../components/Notice'
import ui from '../../styles/ui.module.css'

/**
 * Explains why a secret is not being saved (main's words, the same ones as the field hint and
 * the save outcome), and offers the explicit weak-storage opt-in.
 */
export function EncryptionNotice() {
  const encryption = useAccountsStore((s) => s.account.data?.encryption)
  const allowWeakStorage = useAccountsStore((s) => s.allowWeakStorage)
  const [asking, setAsking] = useState(false)
  const notice = encryption?.wording.notice
  if (!encryption || !notice) return null
  const weakAvailable = encryption.strength === 'weak' && !encryption.persists
  return (
    <Notice
      tone="warning"
      role="note"
      testId="encryption-notice"
      message={notice.message}
      remedy={notice.remedy}
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

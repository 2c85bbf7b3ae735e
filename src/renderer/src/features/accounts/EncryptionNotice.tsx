import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { Notice } from '../../components/Notice'
import ui from '../../styles/ui.module.css'

/**
 * Explains why a secret is not being saved (main's words, the same ones as the field hint and
 * the save outcome), and offers the explicit basic-protection opt-in by the name main's remedy
 * gives it, or the way back once chosen.
 */
export function EncryptionNotice() {
  const encryption = useAccountsStore((s) => s.account.data?.encryption)
  const allowWeakStorage = useAccountsStore((s) => s.allowWeakStorage)
  const [asking, setAsking] = useState(false)
  const notice = encryption?.wording.notice
  if (!encryption || !notice) return null
  const weak = encryption.strength === 'weak'
  const offered = weak && !encryption.allowWeakSecretStorage
  const chosen = weak && encryption.allowWeakSecretStorage
  return (
    <Notice
      tone="warning"
      role="note"
      testId="encryption-notice"
      message={notice.message}
      remedy={notice.remedy}
    >
      {offered ? (
        <button type="button" className={ui.secondary} onClick={() => setAsking(true)}>
          Save with basic protection…
        </button>
      ) : null}
      {chosen ? (
        <button type="button" className={ui.secondary} onClick={() => void allowWeakStorage(false)}>
          Stop saving with basic protection
        </button>
      ) : null}
      <ConfirmDialog
        open={asking}
        title="Save secrets with basic protection?"
        confirmLabel="Save with basic protection"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false)
          void allowWeakStorage(true)
        }}
      >
        <p>
          Anyone who copies your settings folder could read the client secret, and with it your
          organisation’s Zoom data. Only do this on a computer that you alone use.
        </p>
      </ConfirmDialog>
    </Notice>
  )
}

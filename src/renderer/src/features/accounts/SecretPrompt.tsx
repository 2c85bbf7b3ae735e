import { useState } from 'react'
import type { FormEvent } from 'react'
import { clientSecretSchema } from '@shared/settings/input-schemas'
import { TextField } from '../../components/TextField'
import { selectBusy, useAccountsStore } from '../../stores/use-accounts-store'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'
import styles from './accounts.module.css'

/**
 * Asks for the client secret: again after the settings were copied from another computer or
 * the keyring changed, or to correct a mistyped one ("Change secret…"). The account's other
 * details are kept as they were; afterwards Headcount connects with the new secret.
 */
export function SecretPrompt(props: {
  profileId: string
  name: string
  /** Shown with a Cancel button when the admin opened it themselves. */
  onCancel?(): void
  onDone?(): void
}) {
  const setSecret = useAccountsStore((s) => s.setSecret)
  const connect = useAccountsStore((s) => s.connect)
  const busy = useAccountsStore(selectBusy)
  const encryption = useAccountsStore((s) => s.account.data?.encryption)
  const [secret, setSecretText] = useState('')
  const [error, setError] = useState<string | undefined>()

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const parsed = clientSecretSchema.safeParse(secret)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message)
      return
    }
    setError(undefined)
    if (await setSecret(props.profileId, parsed.data)) {
      setSecretText('')
      await connect(props.profileId)
      props.onDone?.()
    }
  }

  return (
    <form
      className={clsx(ui.form, ui.inlineForm, styles.secretPrompt)}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel?.()
      }}
      noValidate
    >
      <TextField
        label={`Client secret for “${props.name}”`}
        hint={`Copy it from your app’s App Credentials page in the Zoom App Marketplace. ${encryption?.wording.fieldHint ?? ''}`}
        type="password"
        value={secret}
        error={error}
        onValue={(value) => {
          setSecretText(value)
          setError(undefined)
        }}
        autoComplete="off"
        spellCheck={false}
        autoFocus={props.onCancel !== undefined}
      />
      <button type="submit" className={ui.secondary} disabled={busy !== null}>
        Save secret
      </button>
      {props.onCancel ? (
        <button type="button" className={ui.secondary} onClick={props.onCancel}>
          Cancel
        </button>
      ) : null}
    </form>
  )
}

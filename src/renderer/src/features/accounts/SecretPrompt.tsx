import { useState } from 'react'
import type { FormEvent } from 'react'
import { clientSecretSchema } from '@shared/settings/input-schemas'
import { TextField } from '../../components/TextField'
import { selectBusy, useAccountsStore } from '../../stores/use-accounts-store'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'
import styles from './accounts.module.css'

/**
 * Asks for the client secret again, e.g. after the settings were copied from another
 * computer or the keyring changed. The account's other details are kept as they were.
 */
export function SecretPrompt({ profileId, name }: { profileId: string; name: string }) {
  const setSecret = useAccountsStore((s) => s.setSecret)
  const connect = useAccountsStore((s) => s.connect)
  const busy = useAccountsStore(selectBusy)
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
    if (await setSecret(profileId, parsed.data)) {
      setSecretText('')
      await connect(profileId)
    }
  }

  return (
    <form
      className={clsx(ui.form, ui.inlineForm, styles.secretPrompt)}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <TextField
        label={`Client secret for “${name}”`}
        hint="Copy it from your app’s App Credentials page in the Zoom App Marketplace."
        type="password"
        value={secret}
        error={error}
        onValue={(value) => {
          setSecretText(value)
          setError(undefined)
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit" className={ui.secondary} disabled={busy !== null}>
        Save secret
      </button>
    </form>
  )
}

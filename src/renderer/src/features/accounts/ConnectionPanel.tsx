import { useState } from 'react'
import type { FormEvent } from 'react'
import { TextField } from '../../components/TextField'
import { selectBusy, useAccountsStore } from '../../stores/use-accounts-store'
import { FeatureChecklist } from './FeatureChecklist'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'

/** The account in use: check what it may do, and choose the Zoom user to act as. */
export function ConnectionPanel() {
  const connection = useAccountsStore((s) => s.account.data?.connection)
  const features = useAccountsStore((s) => s.features)
  const busy = useAccountsStore(selectBusy)
  const testConnection = useAccountsStore((s) => s.testConnection)
  const signInHost = useAccountsStore((s) => s.signInHost)
  const signOut = useAccountsStore((s) => s.signOut)
  const [email, setEmail] = useState('')
  const [emailError, setEmailError] = useState<string | undefined>()

  if (!connection || connection.mode === 'none') return null

  async function submitHost(event: FormEvent): Promise<void> {
    event.preventDefault()
    const trimmed = email.trim()
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
      setEmailError(
        'Enter the email address of a user in this Zoom account, like name@example.org.'
      )
      return
    }
    setEmailError(undefined)
    if (await signInHost(trimmed)) setEmail('')
  }

  return (
    <section className={ui.panel} aria-labelledby="connection-title" data-testid="connection-panel">
      <h2 id="connection-title">In use: {connection.label}</h2>
      <p>
        {connection.hostEmail ? (
          <>
            Acting as host <strong data-testid="host-email">{connection.hostEmail}</strong>.
            Meetings views start with this host’s meetings.
          </>
        ) : (
          'No host chosen yet. Choose the Zoom user whose meetings you look after.'
        )}
      </p>
      <div className={ui.rowActions}>
        <button
          type="button"
          className={ui.primary}
          disabled={busy !== null}
          onClick={() => void testConnection()}
        >
          {busy === 'testing' ? 'Testing…' : 'Test connection'}
        </button>
        <button
          type="button"
          className={ui.secondary}
          disabled={busy !== null}
          onClick={() => void signOut()}
        >
          Sign out
        </button>
      </div>
      {features ? <FeatureChecklist features={features} /> : null}
      <form
        className={clsx(ui.form, ui.inlineForm)}
        onSubmit={(e) => void submitHost(e)}
        noValidate
      >
        <TextField
          label="Sign in as host (email)"
          hint="Headcount checks that this user belongs to the account."
          type="email"
          value={email}
          error={emailError}
          onValue={setEmail}
          autoComplete="email"
        />
        <button type="submit" className={ui.secondary} disabled={busy !== null}>
          {busy === 'signing-in' ? 'Checking…' : 'Sign in as host'}
        </button>
      </form>
    </section>
  )
}

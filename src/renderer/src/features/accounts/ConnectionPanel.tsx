import { useEffect } from 'react'
import { selectBusy, useAccountsStore } from '../../stores/use-accounts-store'
import { useUsersStore } from '../../stores/use-users-store'
import { FeatureChecklist } from './FeatureChecklist'
import ui from '../../styles/ui.module.css'
import styles from './accounts.module.css'

/** Whose meetings every Meetings list starts with: one of the account's active users. */
function ShowMeetingsOf({ host }: { host: string | null }) {
  const users = useUsersStore((s) => s.lists.active)
  const loadUsers = useUsersStore((s) => s.load)
  const signInHost = useAccountsStore((s) => s.signInHost)
  const busy = useAccountsStore(selectBusy)
  useEffect(() => {
    void loadUsers('active')
  }, [loadUsers])
  const emails = (users?.data ?? []).map((u) => ({
    email: u.email.toLowerCase(),
    name: u.displayName
  }))
  const known = host !== null && emails.some((u) => u.email === host)
  return (
    <div className={ui.field}>
      <label htmlFor="default-host">Show meetings of</label>
      <p className={ui.hint} id="default-host-hint">
        The Meetings screen starts with this person’s meetings. You can look at anyone else’s there
        too.
      </p>
      <select
        id="default-host"
        aria-describedby="default-host-hint"
        value={host ?? ''}
        disabled={busy !== null || !users?.data}
        data-testid="host-email"
        onChange={(e) => {
          if (e.target.value) void signInHost(e.target.value)
        }}
      >
        {host === null ? <option value="">Choose a person</option> : null}
        {host !== null && !known ? <option value={host}>{host}</option> : null}
        {emails.map((user) => (
          <option key={user.email} value={user.email}>
            {user.name} ({user.email})
          </option>
        ))}
      </select>
      {users?.status === 'loading' ? <p className={ui.hint}>Loading the account’s users…</p> : null}
      {users?.error ? (
        <p className={ui.fieldError} role="alert">
          {users.error.message} {users.error.remedy ?? ''}
        </p>
      ) : null}
    </div>
  )
}

/** The account in use: check what it may do, whose meetings to show, and how to stop using it. */
export function ConnectionPanel() {
  const connection = useAccountsStore((s) => s.account.data?.connection)
  const features = useAccountsStore((s) => s.features)
  const busy = useAccountsStore(selectBusy)
  const testConnection = useAccountsStore((s) => s.testConnection)
  const disconnect = useAccountsStore((s) => s.disconnect)

  if (!connection || connection.mode === 'none') return null
  const demo = connection.mode === 'demo'
  return (
    <section className={ui.panel} aria-labelledby="connection-title" data-testid="connection-panel">
      <h2 id="connection-title">In use: {connection.label}</h2>
      <ShowMeetingsOf host={connection.hostEmail} />
      <div className={styles.connectionActions}>
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
          onClick={() => void disconnect()}
        >
          {busy === 'disconnecting'
            ? 'Disconnecting…'
            : demo
              ? 'Leave the demo'
              : 'Disconnect this account'}
        </button>
      </div>
      {demo ? null : (
        <p className={ui.hint}>
          Disconnecting keeps the account saved: choose “Use this account” to come back.
        </p>
      )}
      {features ? <FeatureChecklist features={features} /> : null}
    </section>
  )
}

import { useEffect, useState } from 'react'
import { useUsersStore } from '../../stores/use-users-store'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'
import styles from './meetings.module.css'

/**
 * Whose meetings to show: type an email, or pick one of the account's active users from the
 * suggestions. Starts at the signed-in host. Typing edits a draft; the lists reload only once
 * the email is complete (Enter, or leaving the field).
 */
export function HostPicker(props: { value: string; onChange(email: string): void }) {
  const activeUsers = useUsersStore((s) => s.lists.active?.data)
  const loadUsers = useUsersStore((s) => s.load)
  // The parent keys this component by the host, so a new host starts a fresh draft.
  const [draft, setDraft] = useState(props.value)
  useEffect(() => {
    void loadUsers('active')
  }, [loadUsers])
  const commit = (): void => {
    if (draft.trim() !== props.value) props.onChange(draft.trim())
  }
  return (
    <div className={clsx(ui.field, styles.hostField)}>
      <label htmlFor="meetings-host">Show meetings of</label>
      <p className={ui.hint} id="meetings-host-hint">
        A host’s email: pick one from the list, or type it.
      </p>
      <input
        id="meetings-host"
        type="email"
        list="meetings-host-options"
        aria-describedby="meetings-host-hint"
        value={draft}
        title={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
        }}
      />
      <datalist id="meetings-host-options">
        {(activeUsers ?? []).map((user) => (
          <option key={user.email} value={user.email} />
        ))}
      </datalist>
    </div>
  )
}

import { useEffect, useRef } from 'react'
import { formatDateTime } from '../../lib/format'
import { userTypeLabel } from '@shared/admin/user-input'
import type { UserDetail } from '@shared/ipc/contracts/users-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { roleLabel } from './user-format'
import styles from './users.module.css'
import ui from '../../styles/ui.module.css'

const statusWords = {
  active: 'Active',
  inactive: 'Inactive (turned off; cannot sign in)',
  pending: 'Pending (invited; has not accepted yet)'
} as const

/**
 * Escape closes the details, wherever focus is (unless a dialog is open: Escape is its own),
 * and focus goes back to where it was when they opened, such as the user's name in the list.
 */
function useEscapeCloses(onClose: () => void): void {
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  }, [onClose])
  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (document.querySelector('dialog[open]')) return
      close.current()
      if (returnTo?.isConnected) returnTo.focus()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/** Facts about one user, and the one action that starts from a person: scheduling for them. */
export function UserDetailPanel(props: {
  user: UserDetail
  error: { message: string; remedy?: string } | null
  onSchedule(email: string): void
  onClose(): void
}) {
  const { user, onClose } = props
  const canHost = user.status === 'active'
  useEscapeCloses(onClose)
  return (
    <section className={ui.panel} aria-labelledby="user-detail-title" data-testid="user-detail">
      <h2 id="user-detail-title">{user.displayName}</h2>
      {props.error ? <ErrorNotice error={{ code: 'internal', ...props.error }} /> : null}
      <dl className={styles.detailList}>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Status</dt>
        <dd>{statusWords[user.status]}</dd>
        <dt>Type</dt>
        <dd>{userTypeLabel(user.type)}</dd>
        <dt>Role</dt>
        <dd>{roleLabel(user.roleId, user.roleName)}</dd>
        <dt>Last login</dt>
        <dd>{formatDateTime(user.lastLoginTime, 'Never')}</dd>
        <dt>Added</dt>
        <dd>{formatDateTime(user.createdAt, 'Not known')}</dd>
        <dt>Time zone</dt>
        <dd>{user.timezone ?? 'Not set'}</dd>
        {user.department ? (
          <>
            <dt>Department</dt>
            <dd>{user.department}</dd>
          </>
        ) : null}
        {user.jobTitle ? (
          <>
            <dt>Job title</dt>
            <dd>{user.jobTitle}</dd>
          </>
        ) : null}
      </dl>
      <div className={ui.rowActions}>
        <button
          type="button"
          className={ui.primary}
          disabled={!canHost}
          aria-describedby={canHost ? undefined : 'cannot-host-hint'}
          onClick={() => props.onSchedule(user.email)}
        >
          Schedule a meeting for this user
        </button>
        <button type="button" className={ui.secondary} onClick={props.onClose}>
          Close details
        </button>
      </div>
      {canHost ? null : (
        <p className={ui.hint} id="cannot-host-hint">
          Only active users can host meetings. A pending user must accept their invitation first.
        </p>
      )}
    </section>
  )
}

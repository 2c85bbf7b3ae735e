import { useId } from 'react'
import { FieldError } from '../../../components/FieldError'
import type { UserRow } from '@shared/ipc/contracts/users-contract'
import ui from '../../../styles/ui.module.css'

/** Who hosts the new meeting: one of the account's active users (or the email given). */
export function HostSelect(props: {
  users: readonly UserRow[]
  value: string
  error?: string
  onChange(email: string): void
}) {
  const id = useId()
  const known = props.users.some((u) => u.email.toLowerCase() === props.value.toLowerCase())
  return (
    <div className={ui.field}>
      <label htmlFor={`${id}-host`}>Host</label>
      <select
        id={`${id}-host`}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.value && !known ? <option value={props.value}>{props.value}</option> : null}
        {props.value ? null : <option value="">Choose a host</option>}
        {props.users.map((user) => (
          <option key={user.email} value={user.email}>
            {user.displayName} ({user.email})
          </option>
        ))}
      </select>
      <FieldError message={props.error} />
    </div>
  )
}

import { useId, useState } from 'react'
import type { UserRow, UserStatusName } from '@shared/ipc/contracts/users-contract'
import { useUsersStore } from '../../stores/use-users-store'
import { UsersTable } from './UsersTable'
import { matchesSearch, roleLabel } from './user-format'

type TypeFilter = 'all' | '1' | '2'
type RoleFilter = 'all' | 'Owner' | 'Admin' | 'Member' | 'Custom role'

/** One tab's users with search and a type filter. */
export function UserList(props: {
  status: UserStatusName
  label: string
  selectedEmail: string | null
  onSelect(user: UserRow): void
}) {
  const id = useId()
  const users = useUsersStore((s) => s.lists[props.status])
  const loading = useUsersStore((s) => s.loading === props.status)
  const failed = useUsersStore((s) => s.listError !== null)
  const [search, setSearch] = useState('')
  const [type, setType] = useState<TypeFilter>('all')
  const [role, setRole] = useState<RoleFilter>('all')
  const shown = (users ?? []).filter(
    (user) =>
      matchesSearch(user, search) &&
      (type === 'all' || String(user.type) === type) &&
      (role === 'all' || roleLabel(user.roleId) === role)
  )
  return (
    <>
      <div className="list-filters">
        <div className="field">
          <label htmlFor={`${id}-search`}>Search by name or email</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as TypeFilter)}
          >
            <option value="all">All types</option>
            <option value="1">Basic</option>
            <option value="2">Licensed</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as RoleFilter)}
          >
            <option value="all">All roles</option>
            <option value="Owner">Owner</option>
            <option value="Admin">Admin</option>
            <option value="Member">Member</option>
            <option value="Custom role">Custom roles</option>
          </select>
        </div>
      </div>
      <p role="status" className="muted" data-testid="users-count">
        {failed && !users && !loading
          ? 'The list could not be loaded.'
          : loading || !users
            ? `Loading ${props.label.toLowerCase()} users…`
            : `${shown.length} of ${users.length} ${props.label.toLowerCase()} users shown.`}
      </p>
      {shown.length > 0 ? (
        <UsersTable users={shown} selectedEmail={props.selectedEmail} onSelect={props.onSelect} />
      ) : null}
    </>
  )
}

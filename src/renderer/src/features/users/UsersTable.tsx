import { formatDateTime } from '../../lib/format'
import type { UserRow } from '@shared/ipc/contracts/users-contract'
import { userTypeLabel } from '@shared/admin/user-input'
import { roleLabel } from './user-format'

/** The users of one tab; choosing a name opens the detail panel. */
export function UsersTable(props: {
  users: UserRow[]
  selectedEmail: string | null
  onSelect(user: UserRow): void
}) {
  return (
    <table className="data-table" data-testid="users-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Type</th>
          <th scope="col">Role</th>
          <th scope="col">Last login</th>
        </tr>
      </thead>
      <tbody>
        {props.users.map((user) => (
          <tr
            key={user.email}
            className={props.selectedEmail === user.email ? 'selected-row' : undefined}
            data-testid="user-row"
          >
            <td>
              <button
                type="button"
                className="link-button"
                aria-pressed={props.selectedEmail === user.email}
                onClick={() => props.onSelect(user)}
              >
                {user.displayName}
              </button>
            </td>
            <td>{user.email}</td>
            <td>{userTypeLabel(user.type)}</td>
            <td>{roleLabel(user.roleId)}</td>
            <td>{formatDateTime(user.lastLoginTime, 'Never')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

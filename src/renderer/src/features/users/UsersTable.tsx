import { userTypeLabel } from '@shared/admin/user-input'
import type { UserRow } from '@shared/ipc/contracts/users-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column } from '../../components/data-table/columns'
import { formatDateTime } from '../../lib/format'
import { roleLabel } from './user-format'
import styles from './users.module.css'
import ui from '../../styles/ui.module.css'

/** The users of one tab; choosing a name opens the detail panel. */
export function UsersTable(props: {
  label: string
  users: UserRow[]
  selectedEmail: string | null
  onSelect(user: UserRow): void
}) {
  const columns: Array<Column<UserRow>> = [
    {
      id: 'name',
      header: 'Name',
      cell: (user) => (
        <button
          type="button"
          className={ui.linkButton}
          aria-pressed={props.selectedEmail === user.email}
          onClick={() => props.onSelect(user)}
        >
          {user.displayName}
        </button>
      )
    },
    { id: 'email', header: 'Email', breakAnywhere: true, cell: (user) => user.email },
    { id: 'type', header: 'Type', cell: (user) => userTypeLabel(user.type) },
    { id: 'role', header: 'Role', cell: (user) => roleLabel(user.roleId) },
    {
      id: 'lastLogin',
      header: 'Last login',
      cell: (user) => formatDateTime(user.lastLoginTime, 'Never')
    }
  ]
  return (
    <DataTable
      caption={`${props.label} users`}
      captionHidden
      columns={columns}
      rows={props.users}
      rowKey={(user) => user.email}
      rowClassName={(user) => (props.selectedEmail === user.email ? styles.selected : undefined)}
      testId="users-table"
      rowTestId="user-row"
    />
  )
}

import { useState } from 'react'
import type { UserRow, UserStatusName } from '@shared/ipc/contracts/users-contract'
import { useUsersStore } from '../../stores/use-users-store'
import { UserFilters, noFilters } from './UserFilters'
import type { UserFilter } from './UserFilters'
import { UsersTable } from './UsersTable'
import { ExportPanel } from '../../components/export/ExportPanel'
import { matchesSearch, roleLabel } from './user-format'
import ui from '../../styles/ui.module.css'

function matches(user: UserRow, filter: UserFilter): boolean {
  return (
    matchesSearch(user, filter.search) &&
    (filter.type === 'all' || String(user.type) === filter.type) &&
    (filter.role === 'all' || roleLabel(user.roleId) === filter.role)
  )
}

/** One tab's users with search and type and role filters. */
export function UserList(props: {
  status: UserStatusName
  label: string
  selectedEmail: string | null
  onSelect(user: UserRow): void
}) {
  const list = useUsersStore((s) => s.lists[props.status])
  const [filter, setFilter] = useState<UserFilter>(noFilters)
  const users = list?.data
  const shown = (users ?? []).filter((user) => matches(user, filter))
  const label = props.label.toLowerCase()
  return (
    <>
      <UserFilters filter={filter} onChange={setFilter} />
      <p role="status" className={ui.muted} data-testid="users-count">
        {list?.status === 'error' && !users
          ? 'The list could not be loaded.'
          : list?.status === 'loading' || !users
            ? `Loading ${label} users…`
            : `${shown.length} of ${users.length} ${label} users shown.`}
      </p>
      {users && users.length > 0 ? (
        <ExportPanel
          idPrefix={`users-${props.status}`}
          withZone={false}
          actions={[
            {
              id: 'shown',
              label: `Export the ${shown.length} shown`,
              disabledBecause:
                shown.length === 0 ? 'Nobody is shown: change the search.' : undefined,
              save: () => (api) =>
                api.users.exportCsv({ status: props.status, emails: shown.map((u) => u.email) })
            },
            {
              id: 'everyone',
              label: `Export all ${users.length} ${label} users`,
              save: () => (api) => api.users.exportCsv({ status: props.status })
            }
          ]}
        />
      ) : null}
      {shown.length > 0 ? (
        <UsersTable
          label={props.label}
          users={shown}
          selectedEmail={props.selectedEmail}
          onSelect={props.onSelect}
        />
      ) : null}
    </>
  )
}

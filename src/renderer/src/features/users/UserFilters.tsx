import { useId } from 'react'
import styles from './users.module.css'
import ui from '../../styles/ui.module.css'

export interface UserFilter {
  search: string
  type: 'all' | '1' | '2'
  role: 'all' | 'Owner' | 'Admin' | 'Member' | 'Custom role'
}

export const noFilters: UserFilter = { search: '', type: 'all', role: 'all' }

/** Search by name or email, and narrow by type and role. */
export function UserFilters(props: { filter: UserFilter; onChange(filter: UserFilter): void }) {
  const id = useId()
  const { filter } = props
  const change = (patch: Partial<UserFilter>): void => props.onChange({ ...filter, ...patch })
  return (
    <div className={styles.filters}>
      <div className={ui.field}>
        <label htmlFor={`${id}-search`}>Search by name or email</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filter.search}
          onChange={(e) => change({ search: e.target.value })}
        />
      </div>
      <div className={ui.field}>
        <label htmlFor={`${id}-type`}>Type</label>
        <select
          id={`${id}-type`}
          value={filter.type}
          onChange={(e) => change({ type: e.target.value as UserFilter['type'] })}
        >
          <option value="all">All types</option>
          <option value="1">Basic</option>
          <option value="2">Licensed</option>
        </select>
      </div>
      <div className={ui.field}>
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={filter.role}
          onChange={(e) => change({ role: e.target.value as UserFilter['role'] })}
        >
          <option value="all">All roles</option>
          <option value="Owner">Owner</option>
          <option value="Admin">Admin</option>
          <option value="Member">Member</option>
          <option value="Custom role">Custom roles</option>
        </select>
      </div>
    </div>
  )
}

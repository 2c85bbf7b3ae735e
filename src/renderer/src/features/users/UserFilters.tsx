import { useId } from 'react'
import { SearchField } from '../../components/SearchField'
import { SelectField } from '../../components/SelectField'
import styles from './users.module.css'

export interface UserFilter {
  search: string
  type: 'all' | '1' | '2'
  role: 'all' | 'Owner' | 'Admin' | 'Member' | 'Custom role'
}

export const noFilters: UserFilter = { search: '', type: 'all', role: 'all' }

const typeOptions: ReadonlyArray<{ value: UserFilter['type']; label: string }> = [
  { value: 'all', label: 'All types' },
  { value: '1', label: 'Basic' },
  { value: '2', label: 'Licensed' }
]

const roleOptions: ReadonlyArray<{ value: UserFilter['role']; label: string }> = [
  { value: 'all', label: 'All roles' },
  { value: 'Owner', label: 'Owner' },
  { value: 'Admin', label: 'Admin' },
  { value: 'Member', label: 'Member' },
  { value: 'Custom role', label: 'Custom roles' }
]

/** Search by name or email, and narrow by type and role. */
export function UserFilters(props: { filter: UserFilter; onChange(filter: UserFilter): void }) {
  const id = useId()
  const { filter } = props
  const change = (patch: Partial<UserFilter>): void => props.onChange({ ...filter, ...patch })
  return (
    <div className={styles.filters}>
      <SearchField
        id={`${id}-search`}
        label="Search by name or email"
        value={filter.search}
        onChange={(search) => change({ search })}
      />
      <SelectField
        id={`${id}-type`}
        label="Type"
        value={filter.type}
        options={typeOptions}
        onChange={(type) => change({ type })}
      />
      <SelectField
        id={`${id}-role`}
        label="Role"
        value={filter.role}
        options={roleOptions}
        onChange={(role) => change({ role })}
      />
    </div>
  )
}

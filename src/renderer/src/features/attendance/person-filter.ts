import type { AttendanceStatusName, PersonRow } from '@shared/ipc/contracts/attendance-contract'
import { compareValues } from '../../components/data-table/columns'
import type { SortOrder as TableSortOrder } from '../../components/data-table/columns'

const sortKeys = [
  'name',
  'email',
  'status',
  'minutesAttended',
  'attendancePercent',
  'firstJoin',
  'sessions'
] as const
export type SortKey = (typeof sortKeys)[number]
export type SortOrder = TableSortOrder<SortKey>

export function isSortKey(key: string): key is SortKey {
  return (sortKeys as readonly string[]).includes(key)
}

export interface PersonQuery {
  statuses: ReadonlySet<AttendanceStatusName>
  search: string
  sort: SortOrder
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/**
 * The rows to show: status filter, then a case-insensitive search over name and email, then
 * the chosen order (name breaks ties). One pass each, so 50,000 rows stay quick.
 */
export function queryPeople(people: readonly PersonRow[], query: PersonQuery): PersonRow[] {
  const needle = query.search.trim().toLowerCase()
  const filtered = people.filter(
    (p) =>
      query.statuses.has(p.status) &&
      (needle === '' || p.name.toLowerCase().includes(needle) || p.email.includes(needle))
  )
  const { key, descending } = query.sort
  if (key === 'name' && !descending) return filtered
  return filtered.sort((a, b) => {
    const primary = compareValues(a[key], b[key])
    // Blanks (unknown minutes, never joined) sort last whichever way.
    if (primary !== 0 && a[key] !== null && b[key] !== null) return descending ? -primary : primary
    return primary !== 0 ? primary : collator.compare(a.name, b.name)
  })
}

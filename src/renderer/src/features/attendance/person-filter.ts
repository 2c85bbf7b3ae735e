import type { AttendanceStatusName } from '@shared/ipc/contracts/attendance-contract'
import type { PersonQuery, PersonSortKey } from '@shared/attendance/person-query'
import type { SortOrder as TableSortOrder } from '../../components/data-table/columns'

// The filter and order of one session's table live in the shared person-query module, so an
// export can send them and main can apply exactly the same rules.
export { isPersonSortKey as isSortKey, queryPeople } from '@shared/attendance/person-query'

export type SortKey = PersonSortKey
export type SortOrder = TableSortOrder<SortKey>

/** The store's filter as the query an export sends. */
export function toPersonQuery(filter: {
  statuses: ReadonlySet<AttendanceStatusName>
  search: string
  sort: SortOrder
}): PersonQuery {
  return { statuses: [...filter.statuses], search: filter.search, sort: { ...filter.sort } }
}

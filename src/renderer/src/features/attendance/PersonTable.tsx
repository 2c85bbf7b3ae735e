import { useMemo } from 'react'
import type { PersonRow } from '@shared/ipc/contracts/attendance-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { SortOrder } from '../../components/data-table/columns'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { isSortKey } from './person-filter'
import { personColumns } from './person-columns'
import { PersonTrail } from './PersonTrail'

/**
 * Everyone in one session, one row per person, already filtered and sorted by the store's
 * query; only the rows in view are in the page, so 50,000 people scroll smoothly.
 */
export function PersonTable({ rows }: { rows: PersonRow[] }) {
  const sort = useAttendanceStore((s) => s.sort)
  const setSort = useAttendanceStore((s) => s.setSort)
  const expanded = useAttendanceStore((s) => s.expanded)
  const toggleExpanded = useAttendanceStore((s) => s.toggleExpanded)
  const threshold = useAttendanceStore((s) => s.threshold)
  const columns = useMemo(
    () => personColumns(expanded, toggleExpanded, threshold),
    [expanded, toggleExpanded, threshold]
  )
  return (
    <DataTable
      caption="People"
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(person) => person.personId}
      sort={sort}
      onSortChange={(next: SortOrder<string>) => {
        if (isSortKey(next.key)) setSort({ key: next.key, descending: next.descending })
      }}
      scroll={{ maxHeight: 480, rowHeight: 44 }}
      minWidth="62rem"
      frozenFirstColumn
      expandedRow={(person) =>
        expanded.has(person.personId) ? <PersonTrail person={person} /> : null
      }
      testId="person-table"
      rowTestId="person-row"
    />
  )
}

import { useMemo } from 'react'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column } from '../../components/data-table/columns'
import { formatDay } from '../../lib/format'

type Person = RollUpView['people'][number]
interface Row {
  key: string
  person: Person
}

function matrixColumns(view: RollUpView): Array<Column<Row>> {
  const fixed: Array<Column<Row>> = [
    {
      id: 'name',
      header: 'Name',
      width: '13rem',
      rowHeader: true,
      cell: (r) => r.person.name || '(no name)'
    },
    {
      id: 'email',
      header: 'Email',
      width: '15rem',
      truncate: true,
      cell: (r) => r.person.email || '—'
    },
    {
      id: 'attended',
      header: 'Sessions attended',
      width: '8.5rem',
      align: 'end',
      cell: (r) => `${r.person.instancesAttended} of ${view.instances.length}`
    },
    {
      id: 'total',
      header: 'Total minutes',
      width: '7.5rem',
      align: 'end',
      cell: (r) => (r.person.totalMinutes === null ? '—' : r.person.totalMinutes.toFixed(1))
    }
  ]
  const sessions = view.instances.map((instance, column): Column<Row> => ({
    id: `session-${column}`,
    header: formatDay(instance.start),
    width: '4.5rem',
    align: 'end',
    cell: (r) => {
      const minutes = r.person.minutes[column] ?? null
      return minutes === null ? '?' : minutes === 0 ? '' : minutes.toFixed(0)
    }
  }))
  return [...fixed, ...sessions]
}

/** One row per person, one column per session, minutes in each cell; the name stays in view. */
export function RollUpMatrix({ view, people }: { view: RollUpView; people: Person[] }) {
  const columns = useMemo(() => matrixColumns(view), [view])
  const rows = useMemo(
    () =>
      people.map((person, index) => ({ key: `${index}-${person.email}-${person.name}`, person })),
    [people]
  )
  return (
    <DataTable
      caption="Minutes per person per session"
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      scroll={{ maxHeight: 480, rowHeight: 37 }}
      frozenFirstColumn
      minWidth={`${44 + view.instances.length * 4.5}rem`}
      testId="rollup-matrix"
    />
  )
}

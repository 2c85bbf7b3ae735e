import { useMemo } from 'react'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column } from '../../components/data-table/columns'
import { formatDateTime } from '../../lib/format'

type Person = RollUpView['people'][number]
interface Row {
  key: string
  person: Person
  start: string | null
  minutes: number | null
}

const columns: Array<Column<Row>> = [
  {
    id: 'name',
    header: 'Name',
    width: '28%',
    rowHeader: true,
    cell: (r) => r.person.name || '(no name)'
  },
  {
    id: 'email',
    header: 'Email',
    width: '32%',
    truncate: true,
    cell: (r) => r.person.email || '—'
  },
  { id: 'session', header: 'Session', width: '25%', cell: (r) => formatDateTime(r.start) },
  {
    id: 'minutes',
    header: 'Minutes',
    width: '15%',
    align: 'end',
    cell: (r) => (r.minutes === null ? '?' : r.minutes.toFixed(1))
  }
]

/** One row per person per session they joined: the "long" layout, as a table. */
export function RollUpLongTable({ view, people }: { view: RollUpView; people: Person[] }) {
  const rows = useMemo(
    () =>
      people.flatMap((person, p) =>
        person.minutes.flatMap((minutes, i) =>
          minutes === 0
            ? []
            : [{ key: `${p}-${i}`, person, start: view.instances[i]?.start ?? null, minutes }]
        )
      ),
    [view, people]
  )
  return (
    <DataTable
      caption="Each person’s sessions"
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      scroll={{ maxHeight: 480, rowHeight: 37 }}
      minWidth="40rem"
      testId="rollup-long"
    />
  )
}

import { useMemo } from 'react'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import type { Column } from '../../components/data-table/columns'
import { formatDateTime } from '../../lib/format'
import { personColumns, RollUpTable } from './RollUpTable'
import type { PersonRow, RollUpPerson } from './RollUpTable'

interface SessionRow extends PersonRow {
  start: string | null
  minutes: number | null
}

const columns: Array<Column<SessionRow>> = [
  ...personColumns<SessionRow>(['28%', '32%']),
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
export function RollUpLongTable({ view, people }: { view: RollUpView; people: RollUpPerson[] }) {
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
    <RollUpTable
      caption="Each person’s sessions"
      columns={columns}
      rows={rows}
      minWidth="40rem"
      testId="rollup-long"
    />
  )
}

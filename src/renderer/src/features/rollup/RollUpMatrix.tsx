import { useMemo } from 'react'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import type { Column } from '../../components/data-table/columns'
import { formatDay } from '../../lib/format'
import { personColumns, RollUpTable } from './RollUpTable'
import type { PersonRow, RollUpPerson } from './RollUpTable'

function matrixColumns(view: RollUpView): Array<Column<PersonRow>> {
  const totals: Array<Column<PersonRow>> = [
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
  const sessions = view.instances.map((instance, column): Column<PersonRow> => ({
    id: `session-${column}`,
    header: formatDay(instance.start),
    width: '4.5rem',
    align: 'end',
    cell: (r) => {
      const minutes = r.person.minutes[column] ?? null
      return minutes === null ? '?' : minutes === 0 ? '' : minutes.toFixed(0)
    }
  }))
  return [...personColumns<PersonRow>(['13rem', '15rem']), ...totals, ...sessions]
}

/** One row per person, one column per session, minutes in each cell. */
export function RollUpMatrix({ view, people }: { view: RollUpView; people: RollUpPerson[] }) {
  const columns = useMemo(() => matrixColumns(view), [view])
  const rows = useMemo(
    () =>
      people.map((person, index) => ({ key: `${index}-${person.email}-${person.name}`, person })),
    [people]
  )
  return (
    <RollUpTable
      caption="Minutes per person per session"
      columns={columns}
      rows={rows}
      minWidth={`${44 + view.instances.length * 4.5}rem`}
      testId="rollup-matrix"
    />
  )
}

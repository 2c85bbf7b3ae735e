import { useMemo } from 'react'
import { missedSessions } from '@shared/attendance/rollup-query'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import type { Column } from '../../components/data-table/columns'
import { formatDay } from '../../lib/format'
import { personColumns, RollUpTable } from './RollUpTable'
import type { PersonRow, RollUpPerson } from './RollUpTable'
import ui from '../../styles/ui.module.css'
import styles from './rollup.module.css'

/**
 * One session's cell: minutes when they were there; "absent" when they registered and did
 * not come; "waited" for the waiting room only; empty (said as such) when neither.
 */
function SessionCell({ person, index }: { person: RollUpPerson; index: number }) {
  const status = person.statuses[index] ?? null
  const minutes = person.minutes[index] ?? null
  if (status === null) return <span className={ui.visuallyHidden}>not registered</span>
  if (status === 'Absent') return <span className={styles.absent}>absent</span>
  if (status === 'Waiting room only') return <span className={styles.waited}>waited</span>
  const text = minutes === null ? '?' : minutes.toFixed(0)
  return status === 'Partial' ? <span title="Partial: below the threshold">{text}*</span> : text
}

function matrixColumns(view: RollUpView): Array<Column<PersonRow>> {
  const totals: Array<Column<PersonRow>> = [
    {
      id: 'attended',
      header: 'Sessions attended',
      width: '8.5rem',
      align: 'end',
      sortValue: (r) => r.person.instancesAttended,
      cell: (r) => `${r.person.instancesAttended} of ${view.instances.length}`
    },
    {
      id: 'missed',
      header: 'Missed',
      width: '5.5rem',
      align: 'end',
      sortValue: (r) => missedSessions(r.person),
      cell: (r) => missedSessions(r.person)
    },
    {
      id: 'totalMinutes',
      header: 'Total minutes',
      width: '7.5rem',
      align: 'end',
      sortValue: (r) => r.person.totalMinutes,
      cell: (r) => (r.person.totalMinutes === null ? '—' : r.person.totalMinutes.toFixed(1))
    }
  ]
  const sessions = view.instances.map((instance, column): Column<PersonRow> => ({
    id: `session-${column}`,
    header: formatDay(instance.start),
    width: '4.5rem',
    align: 'end',
    sortValue: (r) => r.person.minutes[column] ?? null,
    cell: (r) => <SessionCell person={r.person} index={column} />
  }))
  return [...personColumns<PersonRow>(['15rem', '15rem'], true), ...totals, ...sessions]
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
      minWidth={`${51.5 + view.instances.length * 4.5}rem`}
      testId="rollup-matrix"
      sorted
    />
  )
}

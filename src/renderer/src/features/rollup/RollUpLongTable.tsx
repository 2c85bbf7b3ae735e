import { useMemo } from 'react'
import clsx from 'clsx'
import type { AttendanceStatusName } from '@shared/ipc/contracts/attendance-contract'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import type { Column } from '../../components/data-table/columns'
import { formatDateTime } from '../../lib/format'
import { statusClass } from '../attendance/status-style'
import { personColumns, RollUpTable } from './RollUpTable'
import type { PersonRow, RollUpPerson } from './RollUpTable'
import attendanceStyles from '../attendance/attendance.module.css'

interface SessionRow extends PersonRow {
  start: string | null
  status: AttendanceStatusName
  minutes: number | null
}

const columns: Array<Column<SessionRow>> = [
  ...personColumns<SessionRow>(['24%', '28%'], false),
  { id: 'session', header: 'Session', width: '22%', cell: (r) => formatDateTime(r.start) },
  {
    id: 'status',
    header: 'Status',
    width: '14%',
    cell: (r) => (
      <span className={clsx(attendanceStyles.status, statusClass[r.status])}>{r.status}</span>
    )
  },
  {
    id: 'minutes',
    header: 'Minutes',
    width: '12%',
    align: 'end',
    cell: (r) => (r.status === 'Absent' ? '—' : r.minutes === null ? '?' : r.minutes.toFixed(1))
  }
]

/** The long layout's rows: each person's sessions (registered or there), oldest first. */
export function longRows(view: RollUpView, people: readonly RollUpPerson[]): SessionRow[] {
  return people.flatMap((person, p) =>
    person.statuses.flatMap((status, i) =>
      status === null
        ? []
        : [
            {
              key: `${p}-${i}`,
              person,
              start: view.instances[i]?.start ?? null,
              status,
              minutes: person.minutes[i] ?? null
            }
          ]
    )
  )
}

/** One row per person per session: the "long" layout, as a table, with each status. */
export function RollUpLongTable({ view, people }: { view: RollUpView; people: RollUpPerson[] }) {
  const rows = useMemo(() => longRows(view, people), [view, people])
  return (
    <RollUpTable
      caption="Each person’s sessions"
      columns={columns}
      rows={rows}
      minWidth="48rem"
      testId="rollup-long"
    />
  )
}

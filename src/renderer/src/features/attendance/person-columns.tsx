import clsx from 'clsx'
import type { AttendanceStatusName, PersonRow } from '@shared/ipc/contracts/attendance-contract'
import type { Column } from '../../components/data-table/columns'
import { formatMinutes, formatTime } from '../../lib/format'
import type { SortKey } from './person-filter'
import styles from './attendance.module.css'

/** A colour for every status; the type makes a new status fail to build until it has one. */
const statusClass: Record<AttendanceStatusName, string | undefined> = {
  Attended: styles.attended,
  Partial: styles.partial,
  Absent: styles.absent,
  'Waiting room only': styles.waitingRoom,
  Joined: styles.joined
}

function registeredWords(person: PersonRow): string {
  if (!person.registered) return 'No'
  const status = person.registrationStatus
  return status && status !== 'approved' ? `Yes (${status})` : 'Yes'
}

/** The attendance table's columns; the name opens the row to its audit trail. */
export function personColumns(
  expanded: ReadonlySet<string>,
  onToggle: (personId: string) => void
): Array<Column<PersonRow, SortKey | 'registered' | 'lastLeave'>> {
  return [
    {
      id: 'name',
      header: 'Name',
      width: '17%',
      rowHeader: true,
      sortValue: (p) => p.name,
      cell: (p) => {
        const open = expanded.has(p.personId)
        return (
          <button
            type="button"
            className={styles.expandButton}
            aria-expanded={open}
            onClick={() => onToggle(p.personId)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {p.name || '(no name)'}
          </button>
        )
      }
    },
    {
      id: 'email',
      header: 'Email',
      width: '20%',
      truncate: true,
      sortValue: (p) => p.email,
      cell: (p) => p.email || '—'
    },
    { id: 'registered', header: 'Registered', width: '9%', cell: registeredWords },
    {
      id: 'status',
      header: 'Status',
      width: '12%',
      sortValue: (p) => p.status,
      cell: (p) => <span className={clsx(styles.status, statusClass[p.status])}>{p.status}</span>
    },
    {
      id: 'firstJoin',
      header: 'First join',
      width: '8%',
      sortValue: (p) => p.firstJoin,
      cell: (p) => formatTime(p.firstJoin)
    },
    { id: 'lastLeave', header: 'Last leave', width: '8%', cell: (p) => formatTime(p.lastLeave) },
    {
      id: 'minutesAttended',
      header: 'Minutes',
      width: '9%',
      align: 'end',
      sortValue: (p) => p.minutesAttended,
      cell: (p) => formatMinutes(p.minutesAttended)
    },
    {
      id: 'attendancePercent',
      header: '%',
      width: '7%',
      align: 'end',
      sortValue: (p) => p.attendancePercent,
      cell: (p) => (p.attendancePercent === null ? '—' : `${p.attendancePercent}%`)
    },
    {
      id: 'sessions',
      header: 'Sessions',
      width: '10%',
      align: 'end',
      sortValue: (p) => p.sessions,
      cell: (p) => p.sessions
    }
  ]
}

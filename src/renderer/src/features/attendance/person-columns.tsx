import clsx from 'clsx'
import type { PersonRow } from '@shared/ipc/contracts/attendance-contract'
import type { Column } from '../../components/data-table/columns'
import { formatMinutes, formatTime } from '../../lib/format'
import type { SortKey } from './person-filter'
import { statusClass } from './status-style'
import { statusMeaning } from './status-words'
import styles from './attendance.module.css'

function registeredWords(person: PersonRow): string {
  if (!person.registered) return 'No'
  const status = person.registrationStatus
  return status && status !== 'approved' ? `Yes (${status})` : 'Yes'
}

/** Someone who never joined has no minutes to show, not "0.0 min". */
const never = (p: PersonRow): boolean => p.status === 'Absent'

/** The attendance table's columns; the name opens the row to its audit trail. */
export function personColumns(
  expanded: ReadonlySet<string>,
  onToggle: (personId: string) => void,
  threshold: number
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
      width: '19%',
      truncate: true,
      sortValue: (p) => p.email,
      cell: (p) => p.email || '—'
    },
    { id: 'registered', header: 'Registered', width: '10%', cell: registeredWords },
    {
      id: 'status',
      header: 'Status',
      width: '12%',
      sortValue: (p) => p.status,
      cell: (p) => (
        <span
          className={clsx(styles.status, statusClass[p.status])}
          title={statusMeaning(p.status, threshold)}
        >
          {p.status}
        </span>
      )
    },
    {
      id: 'firstJoin',
      header: 'First join',
      width: '9%',
      sortValue: (p) => p.firstJoin,
      cell: (p) => formatTime(p.firstJoin)
    },
    { id: 'lastLeave', header: 'Last leave', width: '9%', cell: (p) => formatTime(p.lastLeave) },
    {
      id: 'minutesAttended',
      header: 'Minutes',
      width: '9%',
      align: 'end',
      sortValue: (p) => p.minutesAttended,
      cell: (p) => (never(p) ? '—' : formatMinutes(p.minutesAttended))
    },
    {
      id: 'attendancePercent',
      header: '%',
      width: '7%',
      align: 'end',
      sortValue: (p) => p.attendancePercent,
      cell: (p) => (never(p) || p.attendancePercent === null ? '—' : `${p.attendancePercent}%`)
    },
    {
      // Joins: how many times (or devices) the person came in; "sessions" means occurrences.
      id: 'sessions',
      header: 'Joins',
      width: '8%',
      align: 'end',
      sortValue: (p) => p.sessions,
      cell: (p) => (never(p) ? '—' : p.sessions)
    }
  ]
}

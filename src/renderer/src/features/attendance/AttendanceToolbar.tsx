import { attendanceStatuses } from '@shared/ipc/contracts/attendance-contract'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import styles from './attendance.module.css'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'
import { SearchField } from '../../components/SearchField'

/** The attendance threshold, a search box and the status filter above the table. */
export function AttendanceToolbar() {
  const threshold = useAttendanceStore((s) => s.threshold)
  const setThreshold = useAttendanceStore((s) => s.setThreshold)
  const search = useAttendanceStore((s) => s.search)
  const setSearch = useAttendanceStore((s) => s.setSearch)
  const statuses = useAttendanceStore((s) => s.statuses)
  const toggleStatus = useAttendanceStore((s) => s.toggleStatus)
  return (
    <div className={ui.toolbar}>
      <div className={clsx(ui.field, ui.narrow)}>
        <label htmlFor="threshold">Attended at (% of the meeting)</label>
        <input
          id="threshold"
          type="number"
          min={0}
          max={100}
          value={threshold}
          onChange={(e) => {
            const value = Math.round(Number(e.target.value))
            if (Number.isFinite(value) && value >= 0 && value <= 100) void setThreshold(value)
          }}
        />
      </div>
      <SearchField id="person-search" label="Search people" value={search} onChange={setSearch} />
      <fieldset className={styles.statusFilter}>
        <legend>Show</legend>
        {attendanceStatuses.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={statuses.has(status)}
              onChange={() => toggleStatus(status)}
            />{' '}
            {status}
          </label>
        ))}
      </fieldset>
    </div>
  )
}

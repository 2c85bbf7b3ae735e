import { attendanceStatuses } from '@shared/ipc/contracts/attendance-contract'
import type { InstanceAttendanceView } from '@shared/ipc/contracts/attendance-contract'
import { SearchField } from '../../components/SearchField'
import { ThresholdField } from '../../components/ThresholdField'
import { formatTime } from '../../lib/format'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { StatusLegend } from './StatusLegend'
import { statusMeaning } from './status-words'
import styles from './attendance.module.css'
import ui from '../../styles/ui.module.css'

/** "the meeting’s actual start to end (5:00 PM – 6:02 PM BST)", when Zoom gave both. */
export function measuredAgainst(meeting: { start: string | null; end: string | null }): string {
  const span =
    meeting.start && meeting.end
      ? ` (${formatTime(meeting.start)} – ${formatTime(meeting.end)})`
      : ''
  return `the meeting’s actual start to end${span}`
}

/** The attendance threshold, a search box and the status filter above the table. */
export function AttendanceToolbar({ data }: { data: InstanceAttendanceView }) {
  const threshold = useAttendanceStore((s) => s.threshold)
  const setThreshold = useAttendanceStore((s) => s.setThreshold)
  const search = useAttendanceStore((s) => s.search)
  const setSearch = useAttendanceStore((s) => s.setSearch)
  const statuses = useAttendanceStore((s) => s.statuses)
  const toggleStatus = useAttendanceStore((s) => s.toggleStatus)
  return (
    <>
      <div className={ui.toolbar}>
        <ThresholdField
          id="threshold"
          value={threshold}
          onChange={(value) => void setThreshold(value)}
          measuredAgainst={measuredAgainst(data.meeting)}
        />
        <SearchField id="person-search" label="Search people" value={search} onChange={setSearch} />
        <fieldset className={styles.statusFilter}>
          <legend>Show</legend>
          {attendanceStatuses.map((status) => (
            <label key={status} title={statusMeaning(status, threshold)}>
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
      <StatusLegend threshold={threshold} />
    </>
  )
}

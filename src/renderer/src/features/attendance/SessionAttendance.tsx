import { useEffect } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { JobProgress } from '../../components/JobProgress'
import { formatDateTime } from '../../lib/format'
import { needsLoading } from '../../lib/request-state'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import { SessionResults } from './SessionResults'
import styles from './attendance.module.css'
import ui from '../../styles/ui.module.css'

/** One session: loads its attendance when chosen, with progress and errors. */
export function SessionAttendance() {
  const selected = useAttendanceStore((s) => s.selected)
  const attendance = useAttendanceStore((s) => s.attendance)
  const jobId = useAttendanceStore((s) => s.jobId)
  const load = useAttendanceStore((s) => s.load)
  const go = useNavigationStore((s) => s.go)

  useEffect(() => {
    if (selected && needsLoading(attendance)) void load()
  }, [selected, attendance, load])

  if (!selected) {
    return (
      <div>
        <p>Pick a past meeting to see who registered and who actually attended.</p>
        <button type="button" className={ui.primary} onClick={() => go('meetings')}>
          Choose a past meeting
        </button>
      </div>
    )
  }
  const data = attendance.data
  return (
    <div>
      <button
        type="button"
        className={ui.linkButton}
        onClick={() => go('meetings')}
        data-testid="back-to-meetings"
      >
        <span aria-hidden="true">←</span> Back to meetings
      </button>
      <h2 className={styles.sessionTitle}>
        {selected.topic} · {formatDateTime(data?.meeting.start ?? selected.startTime)}
      </h2>
      {attendance.status === 'loading' && jobId ? (
        <JobProgress jobId={jobId} label="Fetching attendance from Zoom" />
      ) : null}
      {attendance.error ? <ErrorNotice error={attendance.error} /> : null}
      {data ? <SessionResults data={data} meeting={selected.ref} /> : null}
    </div>
  )
}

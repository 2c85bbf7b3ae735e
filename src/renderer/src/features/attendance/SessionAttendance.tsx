import { useEffect } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { JobProgress } from '../../components/JobProgress'
import { formatDateTime } from '../../lib/format'
import { needsLoading } from '../../lib/request-state'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import { ProvenanceNote } from '../archive/ProvenanceNote'
import { RefreshProblem } from './RefreshProblem'
import { SessionResults } from './SessionResults'
import styles from './attendance.module.css'
import ui from '../../styles/ui.module.css'

/** One session: loads its attendance when chosen, with progress and errors. */
export function SessionAttendance() {
  const selected = useAttendanceStore((s) => s.selected)
  const attendance = useAttendanceStore((s) => s.attendance)
  const jobId = useAttendanceStore((s) => s.jobId)
  const refreshing = useAttendanceStore((s) => s.refreshing)
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
      <h2 className={styles.sessionTitle}>
        {selected.topic} · {formatDateTime(data?.meeting.start ?? selected.startTime)}
      </h2>
      {data ? <ProvenanceNote provenance={data.provenance} /> : null}
      {attendance.status === 'loading' && jobId ? (
        <JobProgress
          jobId={jobId}
          label={
            refreshing && data
              ? 'Fetching a fresh copy from Zoom (the copy shown stays until it arrives)'
              : 'Reading attendance (from your archive, or from Zoom if it is not archived yet)'
          }
        />
      ) : null}
      {attendance.error && refreshing && data ? (
        <RefreshProblem error={attendance.error} />
      ) : attendance.error ? (
        <ErrorNotice error={attendance.error} />
      ) : null}
      {data ? <SessionResults data={data} meeting={selected.ref} /> : null}
    </div>
  )
}

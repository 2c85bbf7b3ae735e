import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { InstanceAttendanceView } from '@shared/ipc/contracts/attendance-contract'
import { ExportPanel } from '../../components/export/ExportPanel'
import type { ExportAction } from '../../components/export/ExportPanel'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { AttendanceSummary } from './AttendanceSummary'
import { AttendanceToolbar } from './AttendanceToolbar'
import { PersonTable } from './PersonTable'
import { PresenceChart } from './PresenceChart'
import { queryPeople } from './person-filter'
import { Notice } from '../../components/Notice'
import ui from '../../styles/ui.module.css'
import { openReviewWarning } from '../review/review-words'

/** What one session's attendance shows: notes, summary, chart, filters, table and export. */
export function SessionResults(props: { data: InstanceAttendanceView; meeting: string }) {
  const { data } = props
  const query = useAttendanceStore(
    useShallow((s) => ({ statuses: s.statuses, search: s.search, sort: s.sort }))
  )
  const threshold = useAttendanceStore((s) => s.threshold)
  const load = useAttendanceStore((s) => s.load)
  const rows = useMemo(() => queryPeople(data.people, query), [data, query])
  const exportActions: ExportAction[] = [
    {
      id: 'all',
      label: 'Export CSV…',
      save: (timeZone) => (api) =>
        api.attendance.exportCsv({ meeting: props.meeting, thresholdPercent: threshold, timeZone })
    }
  ]
  return (
    <>
      {data.notes.map((note) => (
        <Notice key={note} tone="warning">
          {note}
        </Notice>
      ))}
      <AttendanceSummary data={data} />
      <PresenceChart data={data} />
      <AttendanceToolbar />
      <p className={ui.muted} role="status" data-testid="people-count">
        Showing {rows.length} of {data.people.length} people.{' '}
        <button
          type="button"
          className={ui.linkButton}
          onClick={() => void load({ refresh: true })}
        >
          Refresh from Zoom
        </button>
      </p>
      <PersonTable rows={rows} />
      <ExportPanel
        idPrefix="attendance"
        actions={exportActions}
        warning={openReviewWarning(data.reviewCandidates?.length ?? 0)}
      />
    </>
  )
}

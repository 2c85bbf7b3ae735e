import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { isNoShow } from '@shared/attendance/person-query'
import type { InstanceAttendanceView } from '@shared/ipc/contracts/attendance-contract'
import { ExportPanel } from '../../components/export/ExportPanel'
import type { ExportAction } from '../../components/export/ExportPanel'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { AttendanceSummary } from './AttendanceSummary'
import { AttendanceToolbar } from './AttendanceToolbar'
import { PersonTable } from './PersonTable'
import { PresenceChart } from './PresenceChart'
import { queryPeople, toPersonQuery } from './person-filter'
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
  const rows = useMemo(() => queryPeople(data.people, toPersonQuery(query)), [data, query])
  const noShows = useMemo(() => data.people.filter(isNoShow).length, [data])
  const everyone = data.people.length
  const base = { meeting: props.meeting, thresholdPercent: threshold }
  const exportActions: ExportAction[] = [
    {
      id: 'shown',
      label: `Export the ${rows.length} shown`,
      disabledBecause: rows.length === 0 ? 'Nobody is shown: change the filters first.' : undefined,
      save: (timeZone) => (api) =>
        api.attendance.exportCsv({ ...base, timeZone, shown: toPersonQuery(query) })
    },
    {
      id: 'everyone',
      label: `Export everyone (${everyone})`,
      save: (timeZone) => (api) => api.attendance.exportCsv({ ...base, timeZone })
    },
    {
      id: 'no-shows',
      label: `Export no-shows (${noShows})`,
      disabledBecause: noShows === 0 ? 'Everyone who registered joined.' : undefined,
      save: (timeZone) => (api) => api.attendance.exportCsv({ ...base, timeZone, list: 'no-shows' })
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
      <AttendanceToolbar data={data} />
      <p className={ui.muted} role="status" data-testid="people-count">
        Showing {rows.length} of {everyone} people.{' '}
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

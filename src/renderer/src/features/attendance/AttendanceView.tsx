import { useEffect, useMemo, useState } from 'react'
import { attendanceStatuses } from '@shared/ipc/contracts/attendance-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Tabs } from '../../components/Tabs'
import { RollUpPanel } from '../rollup/RollUpPanel'
import { JobProgress } from '../../components/JobProgress'
import { ViewHeader } from '../../components/ViewHeader'
import { formatDateTime } from '../../lib/format'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import { AttendanceSummary } from './AttendanceSummary'
import { ExportPanel } from './ExportPanel'
import { PersonTable } from './PersonTable'
import { PresenceChart } from './PresenceChart'
import { queryPeople } from './person-filter'

type Mode = 'session' | 'rollup'
const modes: ReadonlyArray<{ id: Mode; label: string }> = [
  { id: 'session', label: 'One session' },
  { id: 'rollup', label: 'Across sessions' }
]

export function AttendanceView() {
  const selectedAtStart = useAttendanceStore((s) => s.selected)
  const [mode, setMode] = useState<Mode>(selectedAtStart ? 'session' : 'rollup')
  return (
    <section aria-labelledby="view-title" data-testid="view-attendance">
      <ViewHeader title="Attendance">Who registered, and who actually attended.</ViewHeader>
      <Tabs
        label="Attendance for"
        tabs={modes}
        current={mode}
        onChange={(id: Mode) => setMode(id)}
        idPrefix="attendance"
      />
      <div role="tabpanel" id="attendance-panel" aria-labelledby={`attendance-tab-${mode}`}>
        {mode === 'session' ? <SessionAttendance /> : <RollUpPanel />}
      </div>
    </section>
  )
}

function SessionAttendance() {
  const store = useAttendanceStore()
  const go = useNavigationStore((s) => s.go)
  const { selected, data, jobId, load } = store

  useEffect(() => {
    if (selected && !data && !jobId && !store.error) void load()
  }, [selected, data, jobId, load, store.error])

  const rows = useMemo(
    () =>
      data
        ? queryPeople(data.people, {
            statuses: store.statuses,
            search: store.search,
            sort: store.sort
          })
        : [],
    [data, store.statuses, store.search, store.sort]
  )

  if (!selected) {
    return (
      <div>
        <p>Pick a past meeting to see who registered and who actually attended.</p>
        <button type="button" className="primary" onClick={() => go('meetings')}>
          Choose a past meeting
        </button>
      </div>
    )
  }

  return (
    <div>
      <h2 className="session-title">
        {selected.topic} · {formatDateTime(data?.meeting.start ?? selected.startTime)}
      </h2>
      {jobId ? <JobProgress jobId={jobId} label="Fetching attendance from Zoom" /> : null}
      {store.error ? <ErrorNotice error={store.error} /> : null}
      {data ? (
        <>
          {data.notes.map((note) => (
            <p key={note} className="notice notice-warning">
              {note}
            </p>
          ))}
          <AttendanceSummary data={data} />
          <PresenceChart data={data} />
          <div className="toolbar">
            <div className="field narrow">
              <label htmlFor="threshold">Attended at (% of the meeting)</label>
              <input
                id="threshold"
                type="number"
                min={0}
                max={100}
                value={store.threshold}
                onChange={(e) => {
                  const value = Math.round(Number(e.target.value))
                  if (Number.isFinite(value) && value >= 0 && value <= 100)
                    void store.setThreshold(value)
                }}
              />
            </div>
            <div className="field">
              <label htmlFor="person-search">Search people</label>
              <input
                id="person-search"
                type="search"
                value={store.search}
                onChange={(e) => store.setSearch(e.target.value)}
              />
            </div>
            <fieldset className="status-filter">
              <legend>Show</legend>
              {attendanceStatuses.map((status) => (
                <label key={status}>
                  <input
                    type="checkbox"
                    checked={store.statuses.has(status)}
                    onChange={() => store.toggleStatus(status)}
                  />{' '}
                  {status}
                </label>
              ))}
            </fieldset>
          </div>
          <p className="muted" role="status">
            Showing {rows.length} of {data.people.length} people.{' '}
            {data.fromCache ? 'Shown from the copy kept on this computer.' : ''}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void load({ refresh: true })}
            >
              Refresh from Zoom
            </button>
          </p>
          <PersonTable
            rows={rows}
            sort={store.sort}
            onSort={store.sortBy}
            expanded={store.expanded}
            onToggle={store.toggleExpanded}
          />
          <ExportPanel />
        </>
      ) : null}
    </div>
  )
}

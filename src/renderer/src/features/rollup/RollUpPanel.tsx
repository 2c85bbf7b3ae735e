import { useState } from 'react'
import type { FormEvent } from 'react'
import type { RollUpSelectionInput } from '@shared/ipc/contracts/rollup-contract'
import { DateRangeFields } from '../../components/DateRangeFields'
import { ErrorNotice } from '../../components/ErrorNotice'
import { JobProgress } from '../../components/JobProgress'
import { useRollUpStore } from '../../stores/use-rollup-store'
import { ExportDone } from '../../components/ExportDone'
import { defaultExportZone, TimeZoneSelect } from '../../components/TimeZoneSelect'
import { RollUpLongTable } from './RollUpLongTable'
import { RollUpMatrix } from './RollUpMatrix'
import { SessionsChart } from './SessionsChart'

/** Combine many sessions: every session of one recurring meeting, or meetings by topic and dates. */
export function RollUpPanel() {
  const store = useRollUpStore()
  const { form, view } = store
  const [layout, setLayout] = useState<'matrix' | 'long'>('matrix')
  const [zone, setZone] = useState(defaultExportZone)
  const [formError, setFormError] = useState<string | null>(null)

  function submit(event: FormEvent): void {
    event.preventDefault()
    if (form.kind === 'recurring' && !/^\d{9,12}$/.test(form.meetingId.trim())) {
      setFormError('Enter the meeting ID: 9 to 12 digits, as shown in Zoom.')
      return
    }
    if (form.kind === 'topic' && form.from > form.to) {
      setFormError('The start date must be on or before the end date.')
      return
    }
    setFormError(null)
    const selection: RollUpSelectionInput =
      form.kind === 'recurring'
        ? { kind: 'recurring', meetingId: form.meetingId.trim() }
        : {
            kind: 'topic',
            from: form.from,
            to: form.to,
            ...(form.topic.trim() ? { topicContains: form.topic.trim() } : {})
          }
    void store.run(selection)
  }

  const people = view ? view.people.filter((p) => p.instancesAttended >= store.minAttended) : []
  return (
    <div data-testid="rollup-panel">
      <form className="panel form" onSubmit={submit} noValidate aria-label="Sessions to combine">
        <fieldset className="choice">
          <legend>Combine</legend>
          <label>
            <input
              type="radio"
              name="rollup-kind"
              checked={form.kind === 'topic'}
              onChange={() => store.setForm({ kind: 'topic' })}
            />{' '}
            My meetings whose topic contains…
          </label>
          <label>
            <input
              type="radio"
              name="rollup-kind"
              checked={form.kind === 'recurring'}
              onChange={() => store.setForm({ kind: 'recurring' })}
            />{' '}
            Every session of one recurring meeting
          </label>
        </fieldset>
        {form.kind === 'recurring' ? (
          <div className="field">
            <label htmlFor="rollup-meeting-id">Meeting ID</label>
            <input
              id="rollup-meeting-id"
              inputMode="numeric"
              value={form.meetingId}
              onChange={(e) => store.setForm({ meetingId: e.target.value })}
            />
          </div>
        ) : (
          <div className="toolbar">
            <div className="field">
              <label htmlFor="rollup-topic">Topic contains</label>
              <input
                id="rollup-topic"
                value={form.topic}
                onChange={(e) => store.setForm({ topic: e.target.value })}
              />
            </div>
            <DateRangeFields
              idPrefix="rollup"
              from={form.from}
              to={form.to}
              onChange={(from, to) => store.setForm({ from, to })}
            />
          </div>
        )}
        {formError ? (
          <p className="field-error" role="alert">
            {formError}
          </p>
        ) : null}
        <p className="field-hint">
          Zoom keeps reports for six months and answers one month at a time; Headcount asks month by
          month.
        </p>
        <button type="submit" className="primary" disabled={store.jobId !== null}>
          Combine sessions
        </button>
      </form>
      {store.jobId ? <JobProgress jobId={store.jobId} label="Fetching sessions from Zoom" /> : null}
      {store.error ? <ErrorNotice error={store.error} /> : null}
      {view ? (
        <>
          {view.cancelled ? (
            <p className="notice notice-warning" role="status">
              Stopped before it finished. Showing the {view.instances.length} sessions fetched so
              far; {view.skipped} were not fetched.
            </p>
          ) : null}
          {view.stoppedBy ? <ErrorNotice error={view.stoppedBy} /> : null}
          {view.failures.length > 0 ? (
            <div className="notice notice-warning" role="alert" data-testid="rollup-failures">
              <p className="notice-message">
                {view.failures.length} {view.failures.length === 1 ? 'session' : 'sessions'} could
                not be fetched. The others are shown.
              </p>
              <ul>
                {view.failures.map((failure) => (
                  <li key={failure.session}>
                    {failure.session}: {failure.error.message} {failure.error.remedy ?? ''}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <SessionsChart view={view} />
          <div className="toolbar">
            <div className="field narrow">
              <label htmlFor="rollup-min">Attended at least (sessions)</label>
              <input
                id="rollup-min"
                type="number"
                min={0}
                max={view.instances.length}
                value={store.minAttended}
                onChange={(e) =>
                  store.setMinAttended(Math.max(0, Math.round(Number(e.target.value) || 0)))
                }
              />
            </div>
            <p className="muted" role="status">
              {people.length} of {view.people.length} people attended at least {store.minAttended}{' '}
              of {view.instances.length} sessions.
            </p>
          </div>
          <fieldset className="choice layout-choice">
            <legend>Layout (table and file)</legend>
            <label>
              <input
                type="radio"
                name="rollup-layout"
                checked={layout === 'matrix'}
                onChange={() => setLayout('matrix')}
              />{' '}
              One row per person, minutes per session (matrix)
            </label>
            <label>
              <input
                type="radio"
                name="rollup-layout"
                checked={layout === 'long'}
                onChange={() => setLayout('long')}
              />{' '}
              One row per person per session (long)
            </label>
          </fieldset>
          {layout === 'matrix' ? (
            <RollUpMatrix view={view} people={people} />
          ) : (
            <RollUpLongTable view={view} people={people} />
          )}
          <div className="export-panel">
            <TimeZoneSelect id="rollup-zone" value={zone} onChange={setZone} />
            <button
              type="button"
              className="primary"
              onClick={() => void store.exportCsv(layout, zone === '' ? null : zone)}
            >
              Export CSV…
            </button>
            {store.exportNotice ? <ExportDone notice={store.exportNotice} /> : null}
          </div>
        </>
      ) : null}
    </div>
  )
}

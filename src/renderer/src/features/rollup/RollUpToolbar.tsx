import { useState } from 'react'
import clsx from 'clsx'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { SearchField } from '../../components/SearchField'
import { ThresholdField } from '../../components/ThresholdField'
import { useRollUpStore } from '../../stores/use-rollup-store'
import ui from '../../styles/ui.module.css'
import styles from './rollup.module.css'

/** "Attended at least": keeps what is typed, applies whole numbers from 0 up. */
function MinAttendedField({ sessions }: { sessions: number }) {
  const value = useRollUpStore((s) => s.minAttended)
  const setValue = useRollUpStore((s) => s.setMinAttended)
  const [text, setText] = useState(String(value))
  const invalid = !/^\d{1,5}$/.test(text.trim())
  return (
    <div className={clsx(ui.field, ui.narrow)}>
      <label htmlFor="rollup-min">Attended at least (sessions)</label>
      <input
        id="rollup-min"
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? 'rollup-min-error' : undefined}
        onChange={(event) => {
          setText(event.target.value)
          const trimmed = event.target.value.trim()
          if (/^\d{1,5}$/.test(trimmed)) setValue(Number(trimmed))
        }}
      />
      {invalid ? (
        <p className={ui.fieldError} id="rollup-min-error" role="alert">
          Enter a whole number of sessions, from 0 to {sessions}.
        </p>
      ) : null}
    </div>
  )
}

/** The threshold, "attended at least", the host and a search; and what "attended" means. */
export function RollUpToolbar({ view, shown }: { view: RollUpView; shown: number }) {
  const threshold = useRollUpStore((s) => s.threshold)
  const setThreshold = useRollUpStore((s) => s.setThreshold)
  const minAttended = useRollUpStore((s) => s.minAttended)
  const includeHost = useRollUpStore((s) => s.includeHost)
  const setIncludeHost = useRollUpStore((s) => s.setIncludeHost)
  const search = useRollUpStore((s) => s.search)
  const setSearch = useRollUpStore((s) => s.setSearch)
  const host = view.people.find((p) => p.host)
  const total = view.people.filter((p) => includeHost || !p.host).length
  return (
    <>
      <div className={ui.toolbar}>
        <ThresholdField
          id="rollup-threshold"
          value={threshold}
          onChange={(value) => void setThreshold(value)}
          measuredAgainst="each session’s actual start to end"
        />
        <MinAttendedField sessions={view.instances.length} />
        <SearchField id="rollup-search" label="Search people" value={search} onChange={setSearch} />
        {host ? (
          <label className={ui.optionChoice}>
            <input
              type="checkbox"
              checked={includeHost}
              onChange={(e) => setIncludeHost(e.target.checked)}
            />
            <span>Count the host ({host.name || host.email})</span>
          </label>
        ) : null}
      </div>
      <p className={styles.rules} data-testid="rollup-rules">
        A session counts as attended when the person’s status there was Attended (at least{' '}
        {threshold}% of it), Partial (less; marked *) or Joined (Zoom gave no length). Absent
        (registered, never joined) and Waiting room only do not count; “Missed” counts the sessions
        someone registered for and never joined.
        {host && !includeHost ? ' The host is left out of the counts.' : ''}
      </p>
      <p className={ui.muted} role="status" data-testid="rollup-count">
        {shown} of {total} people attended at least {minAttended} of {view.instances.length}{' '}
        sessions{search.trim() ? ` and match “${search.trim()}”` : ''}.
      </p>
    </>
  )
}

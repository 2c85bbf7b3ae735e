import { useEffect } from 'react'
import { DateRangeFields } from '../../components/DateRangeFields'
import { formatDay } from '../../lib/format'
import { rangeProblem, useMeetingsStore } from '../../stores/use-meetings-store'
import ui from '../../styles/ui.module.css'

/** Typing a date goes through days that are not meant; this long a pause means "done". */
const settleMs = 700

/** "Oct 1, 2026" for a yyyy-mm-dd day, read as that calendar day. */
function dayText(day: string): string {
  return `${formatDay(`${day}T12:00:00Z`)}, ${day.slice(0, 4)}`
}

/**
 * The dates past meetings are listed for. A range is fetched only when it is valid, once the
 * typing stops (or on Enter); the line under it says which range the list shows.
 */
export function PastRangeForm() {
  const from = useMeetingsStore((s) => s.from)
  const to = useMeetingsStore((s) => s.to)
  const applied = useMeetingsStore((s) => s.applied)
  const setRange = useMeetingsStore((s) => s.setRange)
  const applyRange = useMeetingsStore((s) => s.applyRange)
  const loading = useMeetingsStore((s) => s.past.status === 'loading')
  const problem = rangeProblem({ from, to })

  useEffect(() => {
    if (problem !== null) return
    const timer = setTimeout(applyRange, settleMs)
    return () => clearTimeout(timer)
  }, [from, to, problem, applyRange])

  const pending = problem === null && (from !== applied.from || to !== applied.to)
  return (
    <form
      className={ui.toolbar}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        applyRange()
      }}
    >
      <DateRangeFields
        idPrefix="past"
        from={from}
        to={to}
        onChange={setRange}
        error={problem ?? undefined}
      />
      <button type="submit" className={ui.primary} disabled={loading || problem !== null}>
        Show meetings
      </button>
      <p className={ui.hint}>
        Zoom keeps meeting reports for six months; older meetings are shown from your archive on
        this computer. Longer ranges are fetched one month at a time.
      </p>
      <p className={ui.muted} role="status" data-testid="past-range">
        {loading
          ? `Loading meetings from ${dayText(applied.from)} to ${dayText(applied.to)}…`
          : `Showing meetings from ${dayText(applied.from)} to ${dayText(applied.to)}.`}
        {pending ? ' The new dates are fetched when you stop typing.' : ''}
      </p>
    </form>
  )
}

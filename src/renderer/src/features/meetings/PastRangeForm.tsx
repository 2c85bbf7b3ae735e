import { DateRangeFields } from '../../components/DateRangeFields'
import { useMeetingsStore } from '../../stores/use-meetings-store'
import ui from '../../styles/ui.module.css'

/** The dates past meetings are listed for. */
export function PastRangeForm() {
  const from = useMeetingsStore((s) => s.from)
  const to = useMeetingsStore((s) => s.to)
  const setRange = useMeetingsStore((s) => s.setRange)
  const load = useMeetingsStore((s) => s.load)
  const loading = useMeetingsStore((s) => s.past.status === 'loading')
  return (
    <form
      className={ui.toolbar}
      onSubmit={(e) => {
        e.preventDefault()
        void load()
      }}
    >
      <DateRangeFields idPrefix="past" from={from} to={to} onChange={setRange} />
      <button type="submit" className={ui.primary} disabled={loading}>
        Show meetings
      </button>
      <p className={ui.hint}>
        Zoom keeps meeting reports for six months; older meetings are shown from your archive on
        this computer. Longer ranges are fetched one month at a time.
      </p>
    </form>
  )
}

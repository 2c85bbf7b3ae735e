import { useMeetingsStore } from '../../stores/use-meetings-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import ui from '../../styles/ui.module.css'

/** Right after "Explore with demo data": where the answer is, one click away. */
export function DemoNextStep() {
  const go = useNavigationStore((s) => s.go)
  const setTab = useMeetingsStore((s) => s.setTab)
  return (
    <section className={ui.panel} aria-labelledby="demo-next-title" data-testid="demo-next-step">
      <h2 id="demo-next-title">The demo is ready</h2>
      <p>
        Next, open one of the demo organisation’s past meetings to see who registered and who
        actually came, or combine a series to see who keeps coming.
      </p>
      <div className={ui.rowActions}>
        <button
          type="button"
          className={ui.primary}
          onClick={() => {
            setTab('past')
            go('meetings')
          }}
        >
          See past meetings <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  )
}

import { DemoButton } from '../../components/DemoButton'
import ui from '../../styles/ui.module.css'

/** The first screen when nothing is set up: try the demo, or connect a real account. */
export function WelcomePanel({ onConnect }: { onConnect(): void }) {
  return (
    <section className={ui.panel} aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Headcount</h2>
      <p>
        See who registered for your Zoom meetings and who actually attended, one row per person,
        ready for Excel.
      </p>
      <div className={ui.rowActions}>
        <DemoButton primary />
        <button type="button" className={ui.secondary} onClick={onConnect}>
          Connect your Zoom account
        </button>
      </div>
      <p className={ui.muted}>
        The demo uses a made-up organisation on this computer. No Zoom account is needed.
      </p>
    </section>
  )
}

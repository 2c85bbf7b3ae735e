import { DemoButton } from './DemoButton'
import { useNavigationStore } from '../stores/use-navigation-store'
import ui from '../styles/ui.module.css'

/**
 * What a screen that needs Zoom data shows before there is any: the way to get some, as
 * buttons (the demo straight away, or the account setup), not a sentence to act on elsewhere.
 */
export function NeedsAccount({ what }: { what: string }) {
  const go = useNavigationStore((s) => s.go)
  return (
    <div data-testid="needs-account">
      <p>
        To see {what}, connect your organisation’s Zoom account, or explore the demo data first.
      </p>
      <div className={ui.rowActions}>
        <button type="button" className={ui.primary} onClick={() => go('accounts')}>
          Set up a Zoom account
        </button>
        <DemoButton />
      </div>
    </div>
  )
}

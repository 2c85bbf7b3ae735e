import clsx from 'clsx'
import { selectBusy, useAccountsStore } from '../stores/use-accounts-store'
import ui from '../styles/ui.module.css'

/** "Explore with demo data": starts the made-up organisation, and says so while it starts. */
export function DemoButton({ primary = false }: { primary?: boolean }) {
  const startDemo = useAccountsStore((s) => s.startDemo)
  const busy = useAccountsStore(selectBusy)
  return (
    <button
      type="button"
      className={clsx(primary ? ui.primary : ui.secondary)}
      disabled={busy !== null}
      onClick={() => void startDemo()}
    >
      {busy === 'demo' ? 'Starting the demo…' : 'Explore with demo data'}
    </button>
  )
}

import { useAccountsStore } from '../stores/use-accounts-store'
import styles from './DemoBanner.module.css'

/** Always visible while demo data is shown, so nobody mistakes it for their own Zoom data. */
export function DemoBanner() {
  const mode = useAccountsStore((s) => s.account.data?.connection.mode)
  if (mode !== 'demo') return null
  return (
    <div className={styles.banner} role="status" data-testid="demo-banner">
      <strong>Demo data.</strong> You are exploring a made-up organisation. Nothing here comes from
      or goes to your Zoom account.
    </div>
  )
}

import { useAccountsStore } from '../stores/use-accounts-store'
import { useNavigationStore } from '../stores/use-navigation-store'

/** Shown on every screen when Zoom stops accepting Headcount's sign-in, with the way back. */
export function AuthExpiredNotice() {
  const expired = useAccountsStore((s) => s.expired)
  const go = useNavigationStore((s) => s.go)
  if (!expired) return null
  return (
    <div className="notice notice-error" role="alert" data-testid="auth-expired">
      <p className="notice-message">{expired.message}</p>
      <p className="notice-remedy">{expired.remedy}</p>
      <button type="button" className="secondary" onClick={() => go('accounts')}>
        Open Accounts
      </button>
    </div>
  )
}

import { useAccountsStore } from '../stores/use-accounts-store'
import { useNavigationStore } from '../stores/use-navigation-store'
import { Notice } from './Notice'
import ui from '../styles/ui.module.css'

/** Shown on every screen when Zoom stops accepting Headcount's sign-in, with the way back. */
export function AuthExpiredNotice() {
  const expired = useAccountsStore((s) => s.expired)
  const go = useNavigationStore((s) => s.go)
  if (!expired) return null
  return (
    <Notice
      tone="error"
      role="alert"
      testId="auth-expired"
      message={expired.message}
      remedy={expired.remedy}
    >
      <button type="button" className={ui.secondary} onClick={() => go('accounts')}>
        Open Accounts
      </button>
    </Notice>
  )
}

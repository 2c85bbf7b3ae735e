import { useEffect, useState } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ViewHeader } from '../../components/ViewHeader'
import { needsLoading } from '../../lib/request-state'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { ConnectionPanel } from './ConnectionPanel'
import { DemoNextStep } from './DemoNextStep'
import { EncryptionNotice } from './EncryptionNotice'
import { ProfileForm } from './ProfileForm'
import { ProfileList } from './ProfileList'
import { SetupGuide } from './SetupGuide'
import { WelcomePanel } from './WelcomePanel'
import { Notice } from '../../components/Notice'
import ui from '../../styles/ui.module.css'

/** What the page says under its heading, following where the admin is on the way in. */
function lead(mode: 'none' | 'demo' | 'profile' | undefined, hasAccounts: boolean): string {
  if (mode === 'demo') {
    return 'You are exploring Headcount with a made-up organisation. When you are ready, connect your own Zoom account below.'
  }
  if (!hasAccounts) {
    return 'Connect your organisation’s Zoom account, or explore Headcount with demo data.'
  }
  return 'Your saved Zoom accounts, and the one in use.'
}

export function AccountsView() {
  const state = useAccountsStore((s) => s.account.data)
  const error = useAccountsStore((s) => s.account.error)
  const secretOutcome = useAccountsStore((s) => s.secretOutcome)
  const dismissNotice = useAccountsStore((s) => s.dismissNotice)
  const startDemo = useAccountsStore((s) => s.startDemo)
  const account = useAccountsStore((s) => s.account)
  const load = useAccountsStore((s) => s.load)
  const [adding, setAdding] = useState(false)

  useEffect(() => {
    if (needsLoading(account)) void load()
  }, [account, load])

  const mode = state?.connection.mode
  const hasAccounts = (state?.profiles.length ?? 0) > 0
  const nothingSetUp = state !== null && !hasAccounts && mode === 'none'
  // Said by main from the same storage state as the field hint and the notice.
  const leftDemo = state?.connection.notice ?? null
  return (
    <section aria-labelledby="view-title" data-testid="view-accounts">
      <ViewHeader title={hasAccounts ? 'Accounts' : 'Welcome'}>
        {lead(mode, hasAccounts)}
      </ViewHeader>
      {state?.notice ? (
        <Notice
          tone="warning"
          role="alert"
          message={state.notice.message}
          remedy={state.notice.remedy}
        >
          <button type="button" className={ui.secondary} onClick={() => void dismissNotice()}>
            OK
          </button>
        </Notice>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {leftDemo ? (
        <Notice tone="plain" role="status" testId="left-demo">
          {leftDemo}
        </Notice>
      ) : null}
      {secretOutcome ? (
        <Notice
          tone={secretOutcome.persisted ? 'success' : 'warning'}
          role="status"
          testId="secret-outcome"
          message={secretOutcome.message}
          remedy={secretOutcome.remedy}
        />
      ) : null}
      {nothingSetUp && !adding ? <WelcomePanel onConnect={() => setAdding(true)} /> : null}
      {mode === 'demo' ? <DemoNextStep /> : null}
      <ConnectionPanel />
      <ProfileList />
      {!nothingSetUp || adding ? (
        <>
          {!adding ? (
            <div className={ui.rowActions}>
              <button type="button" className={ui.secondary} onClick={() => setAdding(true)}>
                Add a Zoom account
              </button>
              {mode !== 'demo' ? (
                <button type="button" className={ui.secondary} onClick={() => void startDemo()}>
                  Explore with demo data
                </button>
              ) : null}
            </div>
          ) : (
            <>
              <EncryptionNotice />
              <SetupGuide />
              <ProfileForm onSaved={() => setAdding(false)} />
            </>
          )}
        </>
      ) : null}
    </section>
  )
}

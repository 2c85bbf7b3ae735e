import { useEffect, useState } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ViewHeader } from '../../components/ViewHeader'
import { needsLoading } from '../../lib/request-state'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { ConnectionPanel } from './ConnectionPanel'
import { EncryptionNotice } from './EncryptionNotice'
import { ProfileForm } from './ProfileForm'
import { ProfileList } from './ProfileList'
import { SetupGuide } from './SetupGuide'
import { WelcomePanel } from './WelcomePanel'
import { Notice } from '../../components/Notice'
import ui from '../../styles/ui.module.css'

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

  const nothingSetUp =
    state !== null && state.profiles.length === 0 && state.connection.mode === 'none'
  return (
    <section aria-labelledby="view-title" data-testid="view-accounts">
      <ViewHeader title="Accounts">
        Connect your organisation’s Zoom account, or explore Headcount with demo data.
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
      {secretOutcome ? (
        <Notice tone={secretOutcome.persisted ? 'plain' : 'warning'} role="status">
          {secretOutcome.message} {secretOutcome.remedy ?? ''}
        </Notice>
      ) : null}
      {nothingSetUp && !adding ? <WelcomePanel onConnect={() => setAdding(true)} /> : null}
      <ConnectionPanel />
      <ProfileList />
      {!nothingSetUp || adding ? (
        <>
          {!adding ? (
            <div className={ui.rowActions}>
              <button type="button" className={ui.secondary} onClick={() => setAdding(true)}>
                Add a Zoom account
              </button>
              {state?.connection.mode !== 'demo' ? (
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

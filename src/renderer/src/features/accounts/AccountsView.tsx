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
        <div className="notice notice-warning" role="alert">
          <p className="notice-message">{state.notice.message}</p>
          <p className="notice-remedy">{state.notice.remedy}</p>
          <button type="button" className="secondary" onClick={() => void dismissNotice()}>
            OK
          </button>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {secretOutcome ? (
        <p className={secretOutcome.persisted ? 'notice' : 'notice notice-warning'} role="status">
          {secretOutcome.message} {secretOutcome.remedy ?? ''}
        </p>
      ) : null}
      {nothingSetUp && !adding ? <WelcomePanel onConnect={() => setAdding(true)} /> : null}
      <ConnectionPanel />
      <ProfileList />
      {!nothingSetUp || adding ? (
        <>
          {!adding ? (
            <div className="row-actions">
              <button type="button" className="secondary" onClick={() => setAdding(true)}>
                Add a Zoom account
              </button>
              {state?.connection.mode !== 'demo' ? (
                <button type="button" className="secondary" onClick={() => void startDemo()}>
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

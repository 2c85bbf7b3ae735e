import { useState } from 'react'
import { ViewHeader } from '../../components/ViewHeader'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import { BulkAddPanel } from './BulkAddPanel'
import { CreateUserForm } from './CreateUserForm'
import { UsersTabs } from './UsersTabs'
import ui from '../../styles/ui.module.css'

type Panel = 'none' | 'create' | 'bulk'

/** The Users screen: add one user or many, and the lists by status. */
export function UsersView() {
  const connected = useAccountsStore((s) =>
    s.account.data ? s.account.data.connection.mode !== 'none' : false
  )
  const go = useNavigationStore((s) => s.go)
  const [panel, setPanel] = useState<Panel>('none')

  if (!connected) {
    return (
      <section aria-labelledby="view-title" data-testid="view-users">
        <ViewHeader title="Users">The people in your Zoom account.</ViewHeader>
        <p>Connect your Zoom account, or explore the demo data, to see your users.</p>
        <button type="button" className={ui.primary} onClick={() => go('accounts')}>
          Connect a Zoom account
        </button>
      </section>
    )
  }

  const toggle = (next: Panel) => setPanel((p) => (p === next ? 'none' : next))
  return (
    <section aria-labelledby="view-title" data-testid="view-users">
      <ViewHeader title="Users">
        The people in your Zoom account: who is active, turned off, or still invited. Add one
        person, or many from a CSV file.
      </ViewHeader>
      <div className={ui.rowActions}>
        <button
          type="button"
          className={ui.primary}
          aria-expanded={panel === 'create'}
          onClick={() => toggle('create')}
        >
          Add a user
        </button>
        <button
          type="button"
          className={ui.secondary}
          aria-expanded={panel === 'bulk'}
          onClick={() => toggle('bulk')}
        >
          Add users from a CSV file
        </button>
      </div>
      {panel === 'create' ? <CreateUserForm onClose={() => setPanel('none')} /> : null}
      {panel === 'bulk' ? <BulkAddPanel onClose={() => setPanel('none')} /> : null}
      <UsersTabs />
    </section>
  )
}

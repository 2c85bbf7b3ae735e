import { useState } from 'react'
import { NeedsAccount } from '../../components/NeedsAccount'
import { ViewHeader } from '../../components/ViewHeader'
import { useAccountsStore } from '../../stores/use-accounts-store'
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
  const [panel, setPanel] = useState<Panel>('none')

  if (!connected) {
    return (
      <section aria-labelledby="view-title" data-testid="view-users">
        <ViewHeader title="Users">The people in your Zoom account.</ViewHeader>
        <NeedsAccount what="your users" />
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

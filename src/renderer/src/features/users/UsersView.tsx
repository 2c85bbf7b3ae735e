import { useEffect, useState } from 'react'
import type { UserStatusName } from '@shared/ipc/contracts/users-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ViewHeader } from '../../components/ViewHeader'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import { useUsersStore } from '../../stores/use-users-store'
import { CreateMeetingPanel } from '../meetings/create/CreateMeetingPanel'
import { BulkAddPanel } from './BulkAddPanel'
import { CreateUserForm } from './CreateUserForm'
import { UserDetailPanel } from './UserDetailPanel'
import { UserList } from './UserList'
import { Tabs } from '../../components/Tabs'
import { userTabs } from './user-tabs'

type Panel = 'none' | 'create' | 'bulk'

export function UsersView() {
  const connected = useAccountsStore((s) => s.state?.connection.mode !== 'none')
  const go = useNavigationStore((s) => s.go)
  const { load, select, detail, detailError, listError } = useUsersStore()
  const [tab, setTab] = useState<UserStatusName>('active')
  const [panel, setPanel] = useState<Panel>('none')
  const [scheduleFor, setScheduleFor] = useState<string | null>(null)
  const lists = useUsersStore((s) => s.lists)

  useEffect(() => {
    if (connected) void load(tab)
  }, [connected, tab, load, lists])

  if (!connected) {
    return (
      <section aria-labelledby="view-title" data-testid="view-users">
        <ViewHeader title="Users">The people in your Zoom account.</ViewHeader>
        <p>Connect your Zoom account, or explore the demo data, to see your users.</p>
        <button type="button" className="primary" onClick={() => go('accounts')}>
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
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          aria-expanded={panel === 'create'}
          onClick={() => toggle('create')}
        >
          Add a user
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={panel === 'bulk'}
          onClick={() => toggle('bulk')}
        >
          Add users from a CSV file
        </button>
      </div>
      {panel === 'create' ? <CreateUserForm onClose={() => setPanel('none')} /> : null}
      {panel === 'bulk' ? <BulkAddPanel onClose={() => setPanel('none')} /> : null}
      <Tabs
        label="Users by status"
        idPrefix="users"
        tabs={userTabs}
        current={tab}
        onChange={(next) => {
          setTab(next)
          void select(null)
        }}
      />
      <div
        role="tabpanel"
        id="users-panel"
        aria-labelledby={`users-tab-${tab}`}
        className={detail ? 'users-layout has-detail' : 'users-layout'}
      >
        <div className="users-list">
          {listError ? <ErrorNotice error={listError} /> : null}
          <UserList
            status={tab}
            label={userTabs.find((t) => t.id === tab)!.label}
            selectedEmail={detail?.email ?? null}
            onSelect={(user) => void select(user)}
          />
        </div>
        {detail ? (
          <UserDetailPanel
            user={detail}
            error={detailError}
            onSchedule={(email) => setScheduleFor(email)}
            onClose={() => void select(null)}
          />
        ) : null}
      </div>
      {scheduleFor ? (
        <CreateMeetingPanel
          key={scheduleFor}
          initialHostEmail={scheduleFor}
          focusOnOpen
          onClose={() => setScheduleFor(null)}
        />
      ) : null}
    </section>
  )
}

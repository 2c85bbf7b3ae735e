import { useEffect, useState } from 'react'
import clsx from 'clsx'
import type { UserStatusName } from '@shared/ipc/contracts/users-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Tabs } from '../../components/Tabs'
import { useUsersStore } from '../../stores/use-users-store'
import { CreateMeetingPanel } from '../meetings/create/CreateMeetingPanel'
import { UserDetailPanel } from './UserDetailPanel'
import { UserList } from './UserList'
import { userTabs } from './user-tabs'
import styles from './users.module.css'

/** Active, inactive and pending users; choosing one shows their details beside the list. */
export function UsersTabs() {
  const [tab, setTab] = useState<UserStatusName>('active')
  const [scheduleFor, setScheduleFor] = useState<string | null>(null)
  const load = useUsersStore((s) => s.load)
  const select = useUsersStore((s) => s.select)
  const lists = useUsersStore((s) => s.lists)
  const detail = useUsersStore((s) => s.detail)

  // Also after an invalidate (users added elsewhere), which empties the lists.
  useEffect(() => {
    void load(tab)
  }, [tab, load, lists])

  const listError = lists[tab]?.error ?? null
  const user = detail.data
  return (
    <>
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
        className={clsx(styles.layout, user && styles.withDetail)}
      >
        <div className={styles.list}>
          {listError ? <ErrorNotice error={listError} /> : null}
          <UserList
            status={tab}
            label={userTabs.find((t) => t.id === tab)!.label}
            selectedEmail={user?.email ?? null}
            onSelect={(row) => void select(row)}
          />
        </div>
        {user ? (
          <UserDetailPanel
            user={user}
            error={detail.error}
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
    </>
  )
}

import { useState } from 'react'
import { Tabs } from '../../components/Tabs'
import { NeedsAccount } from '../../components/NeedsAccount'
import { ViewHeader } from '../../components/ViewHeader'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { useMeetingsStore } from '../../stores/use-meetings-store'
import type { MeetingsTab } from '../../stores/use-meetings-store'
import { CreateMeetingPanel } from './create/CreateMeetingPanel'
import { MeetingsTabPanel } from './MeetingsTabPanel'
import { MeetingsToolbar } from './MeetingsToolbar'
import ui from '../../styles/ui.module.css'

const tabs: ReadonlyArray<{ id: MeetingsTab; label: string }> = [
  { id: 'upcoming', label: 'Upcoming' },
  { id: 'scheduled', label: 'Scheduled' },
  { id: 'past', label: 'Past' }
]

/** The Meetings screen: scheduling, whose meetings, and the three lists. */
export function MeetingsView() {
  const connection = useAccountsStore((s) => s.account.data?.connection)
  const host = useMeetingsStore((s) => s.host)
  const setHost = useMeetingsStore((s) => s.setHost)
  const tab = useMeetingsStore((s) => s.tab)
  const setTab = useMeetingsStore((s) => s.setTab)
  const [scheduling, setScheduling] = useState(false)

  if (!connection || connection.mode === 'none') {
    return (
      <section aria-labelledby="view-title" data-testid="view-meetings">
        <ViewHeader title="Meetings">Your upcoming, scheduled and past Zoom meetings.</ViewHeader>
        <NeedsAccount what="your meetings" />
      </section>
    )
  }

  return (
    <section aria-labelledby="view-title" data-testid="view-meetings">
      <ViewHeader title="Meetings">Your upcoming, scheduled and past Zoom meetings.</ViewHeader>
      {scheduling ? (
        <CreateMeetingPanel
          focusOnOpen
          onCreated={() => setHost(host)}
          onClose={() => setScheduling(false)}
        />
      ) : (
        <div className={ui.rowActions}>
          <button type="button" className={ui.primary} onClick={() => setScheduling(true)}>
            Schedule a meeting
          </button>
        </div>
      )}
      <MeetingsToolbar />
      <Tabs
        label="Which meetings"
        tabs={tabs}
        current={tab}
        onChange={setTab}
        idPrefix="meetings"
      />
      <MeetingsTabPanel />
    </section>
  )
}

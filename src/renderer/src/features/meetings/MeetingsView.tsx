import { useEffect, useState } from 'react'
import { DateRangeFields } from '../../components/DateRangeFields'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Tabs } from '../../components/Tabs'
import { ViewHeader } from '../../components/ViewHeader'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { useMeetingsStore } from '../../stores/use-meetings-store'
import type { MeetingsTab } from '../../stores/use-meetings-store'
import { CreateMeetingPanel } from './create/CreateMeetingPanel'
import { HostPicker } from './HostPicker'
import { PastMeetingsList } from './PastMeetingsList'
import { ScheduledMeetingsList } from './ScheduledMeetingsList'

const tabs: ReadonlyArray<{ id: MeetingsTab; label: string }> = [
  { id: 'upcoming', label: 'Upcoming' },
  { id: 'scheduled', label: 'Scheduled' },
  { id: 'past', label: 'Past' }
]

export function MeetingsView() {
  const store = useMeetingsStore()
  const connection = useAccountsStore((s) => s.state?.connection)
  const signedInHost = connection?.hostEmail ?? ''
  const { load, setHost, host, tab, search } = store
  const [scheduling, setScheduling] = useState(false)

  // The host picker starts at the signed-in host.
  useEffect(() => {
    if (!host && signedInHost) setHost(signedInHost)
  }, [host, signedInHost, setHost])

  const list = tab === 'past' ? store.past : store[tab]
  useEffect(() => {
    if (connection && connection.mode !== 'none' && list === null && !store.loading && !store.error)
      void load()
  }, [connection, list, load, store.loading, store.error, tab])

  const needle = search.trim().toLowerCase()
  const matches = <T extends { topic: string }>(items: T[]): T[] =>
    needle ? items.filter((m) => m.topic.toLowerCase().includes(needle)) : items

  if (!connection || connection.mode === 'none') {
    return (
      <section aria-labelledby="view-title" data-testid="view-meetings">
        <ViewHeader title="Meetings">
          Connect a Zoom account (or start the demo) on the Accounts screen first.
        </ViewHeader>
      </section>
    )
  }

  return (
    <section aria-labelledby="view-title" data-testid="view-meetings">
      <ViewHeader title="Meetings">Your upcoming, scheduled and past Zoom meetings.</ViewHeader>
      {scheduling ? (
        <CreateMeetingPanel
          focusOnOpen
          onCreated={() => {
            store.setHost(host)
          }}
          onClose={() => setScheduling(false)}
        />
      ) : (
        <div className="row-actions">
          <button type="button" className="primary" onClick={() => setScheduling(true)}>
            Schedule a meeting
          </button>
        </div>
      )}
      <div className="toolbar">
        <HostPicker key={host} value={host} onChange={setHost} />
        <div className="field">
          <label htmlFor="meetings-search">Search by topic</label>
          <input
            id="meetings-search"
            type="search"
            value={search}
            onChange={(e) => store.setSearch(e.target.value)}
          />
        </div>
      </div>
      <Tabs
        label="Which meetings"
        tabs={tabs}
        current={tab}
        onChange={store.setTab}
        idPrefix="meetings"
      />
      <div
        role="tabpanel"
        id="meetings-panel"
        aria-labelledby={`meetings-tab-${tab}`}
        className="tab-panel"
      >
        {tab === 'past' ? (
          <form
            className="toolbar"
            onSubmit={(e) => {
              e.preventDefault()
              void load()
            }}
          >
            <DateRangeFields
              idPrefix="past"
              from={store.from}
              to={store.to}
              onChange={(from, to) => store.setRange(from, to)}
            />
            <button type="submit" className="primary" disabled={store.loading}>
              Show meetings
            </button>
            <p className="field-hint">
              Zoom keeps meeting reports for six months. Longer ranges are fetched one month at a
              time.
            </p>
          </form>
        ) : null}
        {store.error ? <ErrorNotice error={store.error} /> : null}
        {store.loading ? <p role="status">Loading meetings…</p> : null}
        {!store.loading && tab === 'past' && store.past ? (
          <PastMeetingsList meetings={matches(store.past)} />
        ) : null}
        {!store.loading && tab !== 'past' && list ? (
          <ScheduledMeetingsList meetings={matches(store[tab] ?? [])} />
        ) : null}
        {tab === 'past' && store.notes.length > 0 ? (
          <ul className="notes">
            {store.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  )
}

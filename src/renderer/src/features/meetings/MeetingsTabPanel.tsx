import { useEffect } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { JobProgress } from '../../components/JobProgress'
import { needsLoading } from '../../lib/request-state'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { useMeetingsStore } from '../../stores/use-meetings-store'
import { OfflineNotice } from '../archive/OfflineNotice'
import { PastMeetingsList } from './PastMeetingsList'
import { PastRangeForm } from './PastRangeForm'
import { ScheduledMeetingsList } from './ScheduledMeetingsList'
import styles from './meetings.module.css'

function byTopic<T extends { topic: string }>(items: readonly T[], search: string): T[] {
  const needle = search.trim().toLowerCase()
  return needle ? items.filter((m) => m.topic.toLowerCase().includes(needle)) : [...items]
}

/** The chosen tab's list, loaded when first shown (and again after the host or dates change). */
export function MeetingsTabPanel() {
  const signedInHost = useAccountsStore((s) => s.account.data?.connection.hostEmail ?? '')
  const host = useMeetingsStore((s) => s.host)
  const setHost = useMeetingsStore((s) => s.setHost)
  const tab = useMeetingsStore((s) => s.tab)
  const list = useMeetingsStore((s) => s[s.tab])
  const search = useMeetingsStore((s) => s.search)
  const load = useMeetingsStore((s) => s.load)
  const past = useMeetingsStore((s) => s.past.data)
  const pastJobId = useMeetingsStore((s) => s.pastJobId)
  const scheduled = useMeetingsStore((s) => (s.tab === 'past' ? null : s[s.tab].data))

  // Lists start at the signed-in host; this runs before the load below, so one request goes out.
  useEffect(() => {
    if (!host && signedInHost) setHost(signedInHost)
  }, [host, signedInHost, setHost])
  useEffect(() => {
    if (needsLoading(list)) void load()
  }, [list, load, tab])

  const loading = list.status === 'loading'
  return (
    <div role="tabpanel" id="meetings-panel" aria-labelledby={`meetings-tab-${tab}`}>
      {tab === 'past' ? <PastRangeForm /> : null}
      {tab === 'past' && past?.offline ? <OfflineNotice /> : null}
      {list.error ? <ErrorNotice error={list.error} /> : null}
      {loading && tab === 'past' && pastJobId ? (
        <JobProgress jobId={pastJobId} label="Listing past meetings" />
      ) : loading ? (
        <p role="status">Loading meetings…</p>
      ) : null}
      {!loading && tab === 'past' && past ? (
        <PastMeetingsList meetings={byTopic(past.meetings, search)} />
      ) : null}
      {!loading && scheduled ? (
        <ScheduledMeetingsList meetings={byTopic(scheduled, search)} />
      ) : null}
      {tab === 'past' && past && past.notes.length > 0 ? (
        <ul className={styles.notes}>
          {past.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

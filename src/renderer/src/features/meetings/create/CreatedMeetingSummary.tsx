import { DateTime } from 'luxon'
import type { CreatedMeetingView } from '@shared/ipc/contracts/meeting-create-contract'
import { describeInZone } from '@shared/admin/meeting-time'
import { CopyField } from './CopyField'
import ui from '../../../styles/ui.module.css'
import styles from './schedule.module.css'

const startLinkWarning =
  'Anyone with this link can start the meeting as the host; it stops working after 2 hours — open the meeting in Zoom to get a fresh one.'

function when(iso: string, zone: string): string {
  return describeInZone(DateTime.fromISO(iso, { zone: 'utc' }), zone)
}

/** What Zoom made: the links to share, and every meeting of a series. */
export function CreatedMeetingSummary(props: { meeting: CreatedMeetingView; onAnother(): void }) {
  const m = props.meeting
  const expires = m.startUrlExpiresAt
    ? DateTime.fromISO(m.startUrlExpiresAt).toLocaleString(DateTime.TIME_SIMPLE)
    : null
  return (
    <section
      className={ui.panel}
      aria-labelledby="created-meeting-title"
      data-testid="created-meeting"
    >
      <h2 id="created-meeting-title" tabIndex={-1}>
        Scheduled: {m.topic}
      </h2>
      <p role="status">
        Meeting ID {m.id}, hosted by {m.hostEmail}
        {m.startTime ? `, first on ${when(m.startTime, m.timezone)}` : ''}.
      </p>
      <CopyField
        label="Join link"
        value={m.joinUrl}
        hint="Share this with people who join."
        testId="join-link"
      />
      {m.registrationUrl ? (
        <CopyField
          label="Registration link"
          value={m.registrationUrl}
          hint="Share this instead of the join link: people register once, and attendance can match them by name and email."
          testId="registration-link"
        />
      ) : null}
      {m.startUrl ? (
        <CopyField
          label="Start link (for the host only)"
          value={m.startUrl}
          hint={`${startLinkWarning}${expires ? ` (until about ${expires})` : ''}`}
          testId="start-link"
        />
      ) : null}
      {m.passcode ? <p>Passcode: {m.passcode}</p> : null}
      {m.occurrences.length > 0 ? (
        <>
          <h3>All {m.occurrences.length} meetings in this series</h3>
          <ol className={styles.occurrences} data-testid="created-occurrences">
            {m.occurrences.map((o) => (
              <li key={o.id}>{when(o.startTime, m.timezone)}</li>
            ))}
          </ol>
        </>
      ) : null}
      <div className={ui.rowActions}>
        <button type="button" className={ui.secondary} onClick={props.onAnother}>
          Schedule another meeting
        </button>
      </div>
    </section>
  )
}

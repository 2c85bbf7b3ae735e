import type { MeetingListItem } from '@shared/ipc/contracts/meetings-list-contract'
import { formatDateTime } from '../../lib/format'
import { OccurrenceDates } from './OccurrenceDates'
import ui from '../../styles/ui.module.css'
import styles from './meetings.module.css'
import clsx from 'clsx'

const recurringTypes = new Set([3, 8])

/** Scheduled meetings; a recurring one opens to list its upcoming dates. */
export function ScheduledMeetingsList({ meetings }: { meetings: MeetingListItem[] }) {
  if (meetings.length === 0) return <p className={ui.empty}>No meetings here yet.</p>
  return (
    <ul className={styles.list} data-testid="scheduled-meetings">
      {meetings.map((meeting) => (
        <li key={`${meeting.id}-${meeting.startTime ?? ''}`} className={clsx(ui.card, styles.row)}>
          <div>
            <p className={styles.topic}>
              {meeting.topic}{' '}
              {recurringTypes.has(meeting.type) ? <span className={ui.badge}>Repeats</span> : null}
            </p>
            <p className={ui.muted}>
              Meeting ID {meeting.id} · {formatDateTime(meeting.startTime)} ·{' '}
              {meeting.durationMinutes} min
            </p>
          </div>
          {meeting.type === 8 ? <OccurrenceDates meetingId={meeting.id} /> : null}
        </li>
      ))}
    </ul>
  )
}

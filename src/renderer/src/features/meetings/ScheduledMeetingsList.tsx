import type { MeetingListItem } from '@shared/ipc/contracts/meetings-list-contract'
import { formatDateTime } from '../../lib/format'
import { MeetingLinks } from './MeetingLinks'
import { OccurrenceDates } from './OccurrenceDates'
import { hasEnded, meetingsForTab } from './scheduled-order'
import ui from '../../styles/ui.module.css'
import styles from './meetings.module.css'
import clsx from 'clsx'

const recurringTypes = new Set([3, 8])

const tabWords: Record<'upcoming' | 'scheduled', string> = {
  upcoming: 'Meetings still to come, soonest first.',
  scheduled:
    'Every meeting Zoom still keeps for this host, soonest first, including ones whose date passed in the last month.'
}

/** Scheduled meetings; a recurring one opens to list its upcoming dates. */
export function ScheduledMeetingsList(props: {
  meetings: MeetingListItem[]
  tab: 'upcoming' | 'scheduled'
}) {
  const meetings = meetingsForTab(props.meetings, props.tab)
  return (
    <>
      <p className={ui.muted} data-testid="tab-meaning">
        {tabWords[props.tab]}
      </p>
      {meetings.length === 0 ? (
        <p className={ui.empty}>No meetings here yet.</p>
      ) : (
        <ul className={styles.list} data-testid="scheduled-meetings">
          {meetings.map((meeting) => (
            <li
              key={`${meeting.id}-${meeting.startTime ?? ''}`}
              className={clsx(ui.card, styles.row)}
            >
              <div>
                <p className={styles.topic}>
                  {meeting.topic}{' '}
                  {recurringTypes.has(meeting.type) ? (
                    <span className={ui.badge}>Repeats</span>
                  ) : null}
                  {hasEnded(meeting) ? <span className={styles.ended}>Date passed</span> : null}
                </p>
                <p className={ui.muted}>
                  Meeting ID {meeting.id} ·{' '}
                  {meeting.type === 3
                    ? 'no fixed time'
                    : `${meeting.type === 8 ? 'next ' : ''}${formatDateTime(meeting.startTime)}`}{' '}
                  · {meeting.durationMinutes} min
                </p>
              </div>
              <MeetingLinks meetingId={meeting.id} topic={meeting.topic} />
              {meeting.type === 8 ? <OccurrenceDates meetingId={meeting.id} /> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

import type { ReviewItem } from '@shared/ipc/contracts/identity-contract'
import { formatDateTime } from '../../lib/format'
import { appliesWhere, countedNow, kindQuestion } from './review-words'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import ui from '../../styles/ui.module.css'
import styles from './review.module.css'

/** The two sides of one question next to each other: names, emails and every row's times. */
export function ReviewEvidence(props: { item: ReviewItem }) {
  const { item } = props
  const select = useAttendanceStore((s) => s.select)
  const go = useNavigationStore((s) => s.go)
  const first = item.meetings[0]
  const open = (meeting: ReviewItem['meetings'][number]): void => {
    select({ ref: meeting.uuid, topic: meeting.topic, startTime: meeting.start })
    go('attendance')
  }
  const minutes = (seconds: number | null): string =>
    seconds === null ? '' : `${Math.round(seconds / 60)} min`
  return (
    <section
      className={styles.evidence}
      aria-labelledby="review-question"
      data-testid="review-evidence"
      data-meeting={first?.uuid}
      data-merged={item.merged}
      data-scope={item.scope}
    >
      <h2 id="review-question">{kindQuestion[item.kind]}</h2>
      <p>
        {countedNow(item)} {appliesWhere(item)}
        {item.overlapSeconds > 0
          ? ` Both were in the meeting together for ${minutes(item.overlapSeconds)}.`
          : ''}
        {item.gapSeconds !== null ? ` ${minutes(item.gapSeconds)} passed between them.` : ''}
      </p>
      <div className={styles.sides}>
        {item.sides.map((side, index) => (
          <div key={index} className={styles.side} data-testid="review-side">
            <h3>
              {side.name || 'No name'}
              {side.registered ? <span className={styles.tag}>Registered</span> : null}
            </h3>
            <p className={styles.email}>{side.email || 'No email shown'}</p>
            {side.rows.length === 0 ? (
              <p className={styles.email}>Never joined.</p>
            ) : (
              <ul>
                {side.rows.map((row, r) => (
                  <li key={r}>
                    “{row.name}” {formatDateTime(row.join)} to {formatDateTime(row.leave)}
                    {row.inWaitingRoom ? ' (waiting room)' : ''}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      <p className={styles.email}>
        In: {item.meetings.map((m) => `${m.topic} ${formatDateTime(m.start)}`).join('; ')}
        {first ? (
          <>
            {' '}
            <button type="button" className={ui.linkButton} onClick={() => open(first)}>
              View attendance
              <span className={ui.visuallyHidden}> of this meeting</span>
            </button>
          </>
        ) : null}
      </p>
    </section>
  )
}

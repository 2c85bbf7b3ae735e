import type { InstanceAttendanceView } from '@shared/ipc/contracts/attendance-contract'
import styles from './attendance.module.css'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'

/** The headline numbers, as a definition list so screen readers pair label and value. */
export function AttendanceSummary({ data }: { data: InstanceAttendanceView }) {
  const s = data.summary
  const items: Array<[string, string | number]> = [
    ['Registered', s.registered],
    ['Attended', s.attended],
    ['Partial', s.partial],
    ['Absent (registered, never came)', s.absent],
    ['Walk-ins (came without registering)', s.walkIns],
    ['Waiting room only', s.waitingRoomOnly],
    ['Median minutes', s.medianMinutes === null ? '—' : s.medianMinutes.toFixed(1)]
  ]
  return (
    <dl className={styles.summary} data-testid="attendance-summary">
      {items.map(([label, value]) => (
        <div key={label} className={clsx(ui.card, styles.summaryItem)}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

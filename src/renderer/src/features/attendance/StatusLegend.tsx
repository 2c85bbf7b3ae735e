import { attendanceStatuses } from '@shared/ipc/contracts/attendance-contract'
import clsx from 'clsx'
import { statusClass } from './status-style'
import { statusMeaning } from './status-words'
import styles from './attendance.module.css'

/** "What the statuses mean": opened and closed with Enter or Space, like any disclosure. */
export function StatusLegend({ threshold }: { threshold: number }) {
  return (
    <details className={styles.legend} data-testid="status-legend">
      <summary>What the statuses mean</summary>
      <dl>
        {attendanceStatuses.map((status) => (
          <div key={status}>
            <dt>
              <span className={clsx(styles.status, statusClass[status])}>{status}</span>
            </dt>
            <dd>{statusMeaning(status, threshold)}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}

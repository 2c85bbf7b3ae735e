import { DateTime } from 'luxon'
import { describeInZone, localStart } from '@shared/admin/meeting-time'
import { Notice } from '../../../components/Notice'
import ui from '../../../styles/ui.module.css'
import styles from './schedule.module.css'

/**
 * The chosen start shown three ways: in the chosen zone, in the host's own zone, and in UTC,
 * so nobody schedules a meeting an ocean away by mistake.
 */
export function WhenPreview(props: {
  date: string
  time: string
  timezone: string
  hostZone: string | null
}) {
  const start = localStart(props.date, props.time, props.timezone)
  if (!start) return <p className={ui.hint}>Choose a date, time and time zone to see when it is.</p>
  const past = start.at < DateTime.now()
  return (
    <div className={styles.whenPreview} data-testid="when-preview" aria-live="polite">
      <ul>
        <li>
          <strong>Chosen zone:</strong> {describeInZone(start.at, props.timezone)}
        </li>
        {props.hostZone ? (
          <li>
            <strong>Host’s time:</strong> {describeInZone(start.at, props.hostZone)}
          </li>
        ) : null}
        <li data-testid="utc-preview">
          <strong>UTC:</strong> {describeInZone(start.at, 'UTC')}
        </li>
      </ul>
      {start.shifted ? (
        <Notice tone="warning">
          {props.time} does not exist on that day in {props.timezone}: the clocks go forward. The
          meeting would start at {start.at.toFormat('HH:mm')}.
        </Notice>
      ) : null}
      {past ? <Notice tone="warning">This time has already passed.</Notice> : null}
    </div>
  )
}

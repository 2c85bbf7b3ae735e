import { describeInZone } from '@shared/admin/meeting-time'
import type { SeriesPlan } from '@shared/admin/recurrence-preview'
import styles from './schedule.module.css'

const previewCount = 5

/** The first few meetings of the series, in the chosen zone, and how many there are in all. */
export function OccurrencePreview(props: { plan: SeriesPlan; timezone: string }) {
  const { plan } = props
  if (plan.starts.length === 0) return null
  return (
    <div className={styles.preview} data-testid="occurrence-preview" aria-live="polite">
      <h4>
        First meetings ({plan.starts.length} in all{plan.capped ? ', Zoom’s maximum' : ''})
      </h4>
      <ol>
        {plan.starts.slice(0, previewCount).map((start) => (
          <li key={start.toMillis()}>{describeInZone(start, props.timezone)}</li>
        ))}
      </ol>
    </div>
  )
}

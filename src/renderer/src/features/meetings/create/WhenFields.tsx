import { useId } from 'react'
import { FieldError } from '../../../components/FieldError'
import type { FormPartProps } from './meeting-form'
import { timeZoneOptions } from './meeting-form'
import { WhenPreview } from './WhenPreview'
import ui from '../../../styles/ui.module.css'
import styles from './schedule.module.css'

/** Date, time and time zone, with the start shown in the host's zone and in UTC. */
export function WhenFields(
  props: {
    hostZone: string | null
  } & FormPartProps
) {
  const id = useId()
  const { form, errors, update } = props
  return (
    <fieldset className={ui.choiceGroup}>
      <legend>When</legend>
      <div className={styles.whenRow}>
        <div className={ui.field}>
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={form.date}
            aria-invalid={errors.date ? true : undefined}
            onChange={(e) => update({ date: e.target.value })}
          />
          <FieldError message={errors.date} />
        </div>
        <div className={ui.field}>
          <label htmlFor={`${id}-time`}>Start time</label>
          <input
            id={`${id}-time`}
            type="time"
            value={form.time}
            aria-invalid={errors.time ? true : undefined}
            onChange={(e) => update({ time: e.target.value })}
          />
          <FieldError message={errors.time} />
        </div>
        <div className={ui.field}>
          <label htmlFor={`${id}-zone`}>Time zone</label>
          <select
            id={`${id}-zone`}
            value={form.timezone}
            onChange={(e) => update({ timezone: e.target.value })}
          >
            {timeZoneOptions().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
      </div>
      <WhenPreview
        date={form.date}
        time={form.time}
        timezone={form.timezone}
        hostZone={props.hostZone}
      />
    </fieldset>
  )
}

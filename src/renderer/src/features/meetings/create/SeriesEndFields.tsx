import { useId } from 'react'
import { FieldError } from '../../../components/FieldError'
import type { FormPartProps } from './meeting-form'
import ui from '../../../styles/ui.module.css'
import styles from './schedule.module.css'

/** When a series ends: after a number of meetings, or on a date. */
export function SeriesEndFields({ form, errors, update }: FormPartProps) {
  const id = useId()
  return (
    <fieldset className={styles.plainGroup}>
      <legend>Ends</legend>
      <label className={ui.choiceInline}>
        <input
          type="radio"
          name={`${id}-end`}
          checked={form.endBy === 'count'}
          onChange={() => update({ endBy: 'count' })}
        />
        After a number of meetings
      </label>
      <label className={ui.choiceInline}>
        <input
          type="radio"
          name={`${id}-end`}
          checked={form.endBy === 'date'}
          onChange={() => update({ endBy: 'date' })}
        />
        On a date
      </label>
      {form.endBy === 'count' ? (
        <div className={ui.field}>
          <label htmlFor={`${id}-count`}>Number of meetings</label>
          <input
            id={`${id}-count`}
            type="number"
            min={1}
            max={365}
            value={form.endCount}
            onChange={(e) => update({ endCount: e.target.value })}
          />
          <FieldError message={errors['recurrence.end.count']} />
        </div>
      ) : (
        <div className={ui.field}>
          <label htmlFor={`${id}-until`}>Last date</label>
          <input
            id={`${id}-until`}
            type="date"
            value={form.endDate}
            onChange={(e) => update({ endDate: e.target.value })}
          />
          <FieldError message={errors['recurrence.end.date']} />
        </div>
      )}
    </fieldset>
  )
}

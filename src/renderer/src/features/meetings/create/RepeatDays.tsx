import { useId } from 'react'
import { weekdayNames } from '@shared/admin/meeting-input'
import type { Weekday } from '@shared/admin/meeting-input'
import { FieldError } from '../../../components/FieldError'
import type { FormPartProps } from './meeting-form'
import ui from '../../../styles/ui.module.css'
import styles from './schedule.module.css'

const weekdayLabels: Record<Weekday, string> = {
  sun: 'Sunday',
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday'
}

/** Which days of the week a weekly series meets. */
export function WeekdayPicker({ form, errors, update }: FormPartProps) {
  const toggleDay = (day: Weekday): void =>
    update({
      weekdays: form.weekdays.includes(day)
        ? form.weekdays.filter((d) => d !== day)
        : [...form.weekdays, day]
    })
  return (
    <fieldset className={styles.plainGroup}>
      <legend>On these days</legend>
      {weekdayNames.map((day) => (
        <label key={day} className={ui.choiceInline}>
          <input
            type="checkbox"
            checked={form.weekdays.includes(day)}
            onChange={() => toggleDay(day)}
          />
          {weekdayLabels[day]}
        </label>
      ))}
      <FieldError message={errors['recurrence.weekdays']} />
    </fieldset>
  )
}

/** The day of the month a monthly series meets. */
export function MonthDayField({ form, errors, update }: FormPartProps) {
  const id = useId()
  return (
    <div className={ui.field}>
      <label htmlFor={`${id}-dom`}>Day of the month</label>
      <input
        id={`${id}-dom`}
        type="number"
        min={1}
        max={31}
        value={form.dayOfMonth}
        onChange={(e) => update({ dayOfMonth: e.target.value })}
      />
      <p className={ui.hint}>Months without that day (for example the 31st) are skipped.</p>
      <FieldError message={errors['recurrence.dayOfMonth']} />
    </div>
  )
}

import { useId } from 'react'
import { seriesTimingSchema } from '@shared/admin/meeting-input'
import { planSeries } from '@shared/admin/recurrence-preview'
import type { FormPartProps, RepeatKind } from './meeting-form'
import { formToInput } from './meeting-form'
import { FieldError } from '../../../components/FieldError'
import { MonthDayField, WeekdayPicker } from './RepeatDays'
import { OccurrencePreview } from './OccurrencePreview'
import { SeriesEndFields } from './SeriesEndFields'
import ui from '../../../styles/ui.module.css'

const unitOf: Record<Exclude<RepeatKind, 'none'>, string> = {
  daily: 'days',
  weekly: 'weeks',
  monthly: 'months'
}

/** Repeat settings and a preview of the first meetings, worked out in the chosen zone. */
export function RecurrenceFields(props: FormPartProps) {
  const id = useId()
  const { form, errors, update } = props
  // The first dates show once the date, time and repeat fields make sense: the topic and the
  // other fields do not change when the series meets.
  const timing = seriesTimingSchema.safeParse(formToInput(form))
  const plan = timing.success ? planSeries(timing.data) : null
  return (
    <fieldset className={ui.choiceGroup}>
      <legend>Repeat</legend>
      <div className={ui.field}>
        <label htmlFor={`${id}-repeat`}>How often</label>
        <select
          id={`${id}-repeat`}
          value={form.repeat}
          onChange={(e) => update({ repeat: e.target.value as RepeatKind })}
        >
          <option value="none">Does not repeat</option>
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
          <option value="monthly">Monthly (same day of the month)</option>
        </select>
      </div>
      {form.repeat === 'none' ? null : (
        <>
          <div className={ui.field}>
            <label htmlFor={`${id}-every`}>Every how many {unitOf[form.repeat]}</label>
            <input
              id={`${id}-every`}
              type="number"
              min={1}
              value={form.every}
              aria-invalid={errors['recurrence.every'] ? true : undefined}
              onChange={(e) => update({ every: e.target.value })}
            />
            <FieldError message={errors['recurrence.every']} />
          </div>
          {form.repeat === 'weekly' ? <WeekdayPicker {...props} /> : null}
          {form.repeat === 'monthly' ? <MonthDayField {...props} /> : null}
          <SeriesEndFields {...props} />
          {plan ? (
            <OccurrencePreview plan={plan} timezone={form.timezone} />
          ) : (
            <p className={ui.hint} data-testid="occurrence-preview-waiting">
              The first dates show here once the date, time and repeat settings are complete.
            </p>
          )}
        </>
      )}
    </fieldset>
  )
}

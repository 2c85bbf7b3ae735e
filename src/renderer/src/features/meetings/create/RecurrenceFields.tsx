import { useId } from 'react'
import { weekdayNames } from '@shared/admin/meeting-input'
import type { Weekday } from '@shared/admin/meeting-input'
import { describeInZone } from '@shared/admin/meeting-time'
import { planSeries } from '@shared/admin/recurrence-preview'
import type { MeetingForm, RepeatKind } from './meeting-form'
import { formToInput } from './meeting-form'
import { newMeetingSchema } from '@shared/admin/meeting-input'

const weekdayLabels: Record<Weekday, string> = {
  sun: 'Sunday',
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday'
}

const unitOf: Record<Exclude<RepeatKind, 'none'>, string> = {
  daily: 'days',
  weekly: 'weeks',
  monthly: 'months'
}

const previewCount = 5

/** Repeat settings and a preview of the first meetings, worked out in the chosen zone. */
export function RecurrenceFields(props: {
  form: MeetingForm
  errors: Record<string, string>
  update(patch: Partial<MeetingForm>): void
}) {
  const id = useId()
  const { form, errors, update } = props
  const toggleDay = (day: Weekday): void =>
    update({
      weekdays: form.weekdays.includes(day)
        ? form.weekdays.filter((d) => d !== day)
        : [...form.weekdays, day]
    })
  const parsed = newMeetingSchema.safeParse(formToInput(form))
  const plan = parsed.success ? planSeries(parsed.data) : null
  return (
    <fieldset className="choice-group">
      <legend>Repeat</legend>
      <div className="field">
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
          <div className="field">
            <label htmlFor={`${id}-every`}>Every how many {unitOf[form.repeat]}</label>
            <input
              id={`${id}-every`}
              type="number"
              min={1}
              value={form.every}
              aria-invalid={errors['recurrence.every'] ? true : undefined}
              onChange={(e) => update({ every: e.target.value })}
            />
            {errors['recurrence.every'] ? (
              <p className="field-error">{errors['recurrence.every']}</p>
            ) : null}
          </div>
          {form.repeat === 'weekly' ? (
            <fieldset className="weekday-picker">
              <legend>On these days</legend>
              {weekdayNames.map((day) => (
                <label key={day} className="choice-inline">
                  <input
                    type="checkbox"
                    checked={form.weekdays.includes(day)}
                    onChange={() => toggleDay(day)}
                  />
                  {weekdayLabels[day]}
                </label>
              ))}
              {errors['recurrence.weekdays'] ? (
                <p className="field-error">{errors['recurrence.weekdays']}</p>
              ) : null}
            </fieldset>
          ) : null}
          {form.repeat === 'monthly' ? (
            <div className="field">
              <label htmlFor={`${id}-dom`}>Day of the month</label>
              <input
                id={`${id}-dom`}
                type="number"
                min={1}
                max={31}
                value={form.dayOfMonth}
                onChange={(e) => update({ dayOfMonth: e.target.value })}
              />
              <p className="field-hint">
                Months without that day (for example the 31st) are skipped.
              </p>
              {errors['recurrence.dayOfMonth'] ? (
                <p className="field-error">{errors['recurrence.dayOfMonth']}</p>
              ) : null}
            </div>
          ) : null}
          <fieldset className="end-choice">
            <legend>Ends</legend>
            <label className="choice-inline">
              <input
                type="radio"
                name={`${id}-end`}
                checked={form.endBy === 'count'}
                onChange={() => update({ endBy: 'count' })}
              />
              After a number of meetings
            </label>
            <label className="choice-inline">
              <input
                type="radio"
                name={`${id}-end`}
                checked={form.endBy === 'date'}
                onChange={() => update({ endBy: 'date' })}
              />
              On a date
            </label>
            {form.endBy === 'count' ? (
              <div className="field">
                <label htmlFor={`${id}-count`}>Number of meetings</label>
                <input
                  id={`${id}-count`}
                  type="number"
                  min={1}
                  max={365}
                  value={form.endCount}
                  onChange={(e) => update({ endCount: e.target.value })}
                />
                {errors['recurrence.end.count'] ? (
                  <p className="field-error">{errors['recurrence.end.count']}</p>
                ) : null}
              </div>
            ) : (
              <div className="field">
                <label htmlFor={`${id}-until`}>Last date</label>
                <input
                  id={`${id}-until`}
                  type="date"
                  value={form.endDate}
                  onChange={(e) => update({ endDate: e.target.value })}
                />
                {errors['recurrence.end.date'] ? (
                  <p className="field-error">{errors['recurrence.end.date']}</p>
                ) : null}
              </div>
            )}
          </fieldset>
          {plan && plan.starts.length > 0 ? (
            <div className="occurrence-preview" data-testid="occurrence-preview" aria-live="polite">
              <h4>
                First meetings ({plan.starts.length} in all{plan.capped ? ', Zoom’s maximum' : ''})
              </h4>
              <ol>
                {plan.starts.slice(0, previewCount).map((start) => (
                  <li key={start.toMillis()}>{describeInZone(start, form.timezone)}</li>
                ))}
              </ol>
            </div>
          ) : null}
        </>
      )}
    </fieldset>
  )
}

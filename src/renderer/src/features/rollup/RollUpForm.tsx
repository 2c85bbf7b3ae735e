import { useState } from 'react'
import type { FormEvent } from 'react'
import { meetingIdMessage, normalizeMeetingId } from '@shared/meeting-id'
import type { RollUpSelectionInput } from '@shared/ipc/contracts/rollup-contract'
import { DateRangeFields } from '../../components/DateRangeFields'
import { useRollUpStore } from '../../stores/use-rollup-store'
import type { RollUpForm as Form } from '../../stores/use-rollup-store'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'

/** The form's fields as a selection main accepts, or the plain reason they are not one yet. */
export function selectionOf(form: Form): RollUpSelectionInput | string {
  if (form.kind === 'recurring') {
    const meetingId = normalizeMeetingId(form.meetingId.trim())
    if (!/^\d{9,12}$/.test(meetingId)) return meetingIdMessage
    if (!form.limitDates) return { kind: 'recurring', meetingId }
    if (!form.from || !form.to)
      return 'Fill in both dates, or untick “Only sessions between two dates”.'
    if (form.from > form.to) return 'The start date must be on or before the end date.'
    return { kind: 'recurring', meetingId, from: form.from, to: form.to }
  }
  if (!form.from || !form.to) return 'Fill in both dates.'
  if (form.from > form.to) return 'The start date must be on or before the end date.'
  const topic = form.topic.trim()
  return { kind: 'topic', from: form.from, to: form.to, ...(topic ? { topicContains: topic } : {}) }
}

/** Which sessions to combine: a recurring meeting's, or the host's meetings by topic and dates. */
export function RollUpForm() {
  const form = useRollUpStore((s) => s.form)
  const setForm = useRollUpStore((s) => s.setForm)
  const run = useRollUpStore((s) => s.run)
  const running = useRollUpStore((s) => s.view.status === 'loading')
  const [formError, setFormError] = useState<string | null>(null)

  function submit(event: FormEvent): void {
    event.preventDefault()
    const selection = selectionOf(form)
    if (typeof selection === 'string') return setFormError(selection)
    setFormError(null)
    void run(selection)
  }

  const dates = (
    <DateRangeFields
      idPrefix="rollup"
      from={form.from}
      to={form.to}
      onChange={(from, to) => setForm({ from, to })}
    />
  )
  return (
    <form
      className={clsx(ui.panel, ui.form)}
      onSubmit={submit}
      noValidate
      aria-label="Sessions to combine"
    >
      <fieldset className={ui.choice}>
        <legend>Combine</legend>
        <label>
          <input
            type="radio"
            name="rollup-kind"
            checked={form.kind === 'topic'}
            onChange={() => setForm({ kind: 'topic' })}
          />{' '}
          My meetings whose topic contains…
        </label>
        <label>
          <input
            type="radio"
            name="rollup-kind"
            checked={form.kind === 'recurring'}
            onChange={() => setForm({ kind: 'recurring' })}
          />{' '}
          Every session of one recurring meeting
        </label>
      </fieldset>
      {form.kind === 'recurring' ? (
        <>
          <div className={ui.field}>
            <label htmlFor="rollup-meeting-id">Meeting ID</label>
            <p className={ui.hint} id="rollup-meeting-id-hint">
              As Zoom shows it, e.g. 827 7061 4280 (spaces and dashes are fine).
            </p>
            <input
              id="rollup-meeting-id"
              inputMode="numeric"
              aria-describedby="rollup-meeting-id-hint"
              value={form.meetingId}
              onChange={(e) => setForm({ meetingId: e.target.value })}
            />
          </div>
          <label className={ui.optionChoice}>
            <input
              type="checkbox"
              checked={form.limitDates}
              onChange={(e) => setForm({ limitDates: e.target.checked })}
            />
            <span>Only sessions between two dates</span>
          </label>
          {form.limitDates ? <div className={ui.toolbar}>{dates}</div> : null}
        </>
      ) : (
        <div className={ui.toolbar}>
          <div className={ui.field}>
            <label htmlFor="rollup-topic">Topic contains</label>
            <input
              id="rollup-topic"
              value={form.topic}
              onChange={(e) => setForm({ topic: e.target.value })}
            />
          </div>
          {dates}
        </div>
      )}
      {formError ? (
        <p className={ui.fieldError} role="alert">
          {formError}
        </p>
      ) : null}
      <p className={ui.hint}>
        Zoom keeps reports for six months and answers one month at a time; Headcount asks month by
        month.
      </p>
      <button type="submit" className={ui.primary} disabled={running}>
        Combine sessions
      </button>
    </form>
  )
}

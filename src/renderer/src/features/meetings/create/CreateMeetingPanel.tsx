import { useEffect, useId, useState } from 'react'
import type { FormEvent } from 'react'
import { newMeetingSchema } from '@shared/admin/meeting-input'
import { fieldErrorsOf } from '@shared/admin/user-input'
import type { CreatedMeetingView } from '@shared/ipc/contracts/meeting-create-contract'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { LimitResetNote } from '../../../components/LimitResetNote'
import { TextField } from '../../../components/TextField'
import { useAccountsStore } from '../../../stores/use-accounts-store'
import { useUsersStore } from '../../../stores/use-users-store'
import { CreatedMeetingSummary } from './CreatedMeetingSummary'
import { HostSelect } from './HostSelect'
import { MeetingOptionsFields } from './MeetingOptionsFields'
import { QuotaLine } from './QuotaLine'
import { RecurrenceFields } from './RecurrenceFields'
import { WhenFields } from './WhenFields'
import { chosenBy, defaultMeetingForm, effectiveForm, formToInput } from './meeting-form'
import type { MeetingForm } from './meeting-form'
import { useCreateMeeting } from './use-create-meeting'
import clsx from 'clsx'
import ui from '../../../styles/ui.module.css'

const startFields = new Set(['date', 'time', 'timezone'])

/**
 * Schedules a Zoom meeting: self-contained, so the Meetings view ("Schedule a meeting") and
 * the Users detail panel can both mount it. Defaults suit attendance tracking.
 */
export function CreateMeetingPanel(props: {
  initialHostEmail?: string
  /** Move focus to the form's heading when it appears (opened from another panel). */
  focusOnOpen?: boolean
  /** Called once Zoom has made the meeting, e.g. so a list can load again. */
  onCreated?(meeting: CreatedMeetingView): void
  onClose?(): void
}) {
  const id = useId()
  const signedIn = useAccountsStore((s) => s.account.data?.connection.hostEmail ?? '')
  const activeUsers = useUsersStore((s) => s.lists.active?.data)
  const loadUsers = useUsersStore((s) => s.load)
  const [form, setForm] = useState<MeetingForm>(() =>
    defaultMeetingForm(props.initialHostEmail ?? signedIn)
  )
  // Fields shown with an error once are checked again on every change, so a fixed field
  // loses its message at once (and a field broken again says so straight away).
  const [watched, setWatched] = useState<ReadonlySet<string>>(new Set())
  const { quota, creating, error, created, create, reset } = useCreateMeeting(form.hostEmail)

  useEffect(() => {
    void loadUsers('active')
  }, [loadUsers])
  useEffect(() => {
    if (props.focusOnOpen) document.getElementById(`${id}-title`)?.focus()
  }, [props.focusOnOpen, id])
  useEffect(() => {
    if (created) document.getElementById('created-meeting-title')?.focus()
  }, [created])

  const host = activeUsers?.find((u) => u.email.toLowerCase() === form.hostEmail.toLowerCase())
  const shown = effectiveForm(form, host?.timezone ?? null)
  const parsed = newMeetingSchema.safeParse(formToInput(shown))
  const allErrors = parsed.success ? {} : fieldErrorsOf(parsed.error)
  const errors = Object.fromEntries(Object.entries(allErrors).filter(([key]) => watched.has(key)))
  const serverFields = new Set((error?.details?.fields ?? []).map((f) => f.field))
  const noneLeft = quota !== null && (quota.left === 0 || quota.blockedUntil !== null)

  const update = (patch: Partial<MeetingForm>): void => {
    setForm((f) => ({ ...f, ...patch, chosen: { ...f.chosen, ...chosenBy(patch) } }))
    // Zoom's answer about a field (a start that has passed) goes once that field changes; the
    // start is the date, the time and the zone together.
    const changed = Object.keys(patch).map((key) => (startFields.has(key) ? 'date' : key))
    if (changed.some((key) => serverFields.has(key))) reset()
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (creating || noneLeft) return
    if (!parsed.success) {
      setWatched(new Set([...watched, ...Object.keys(allErrors)]))
      return
    }
    const meeting = await create(parsed.data)
    if (meeting) props.onCreated?.(meeting)
  }

  if (created) {
    return (
      <CreatedMeetingSummary
        meeting={created}
        onAnother={() => {
          reset()
          setForm((f) => ({ ...f, topic: '' }))
        }}
      />
    )
  }

  return (
    <form
      className={clsx(ui.panel, ui.form)}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="create-meeting-form"
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-title`} tabIndex={-1}>
        Schedule a meeting
      </h2>
      <TextField
        label="Topic"
        value={form.topic}
        error={errors.topic}
        onValue={(topic) => update({ topic })}
        maxLength={200}
      />
      <HostSelect
        users={activeUsers ?? []}
        value={form.hostEmail}
        error={errors.hostEmail}
        onChange={(hostEmail) => update({ hostEmail })}
      />
      <QuotaLine quota={quota} id={`${id}-quota`} />
      <WhenFields form={shown} errors={errors} hostZone={host?.timezone ?? null} update={update} />
      <MeetingOptionsFields form={shown} errors={errors} update={update} />
      <RecurrenceFields form={shown} errors={errors} update={update} />
      {Object.keys(errors).length > 0 ? (
        <p className={ui.fieldError} role="alert">
          Some fields need attention: {Object.values(errors)[0]}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {/* The quota line already says when the count restarts; it is not said twice. */}
      {noneLeft ? null : <LimitResetNote error={error} />}
      <div className={ui.rowActions}>
        <button
          type="submit"
          className={ui.primary}
          disabled={creating || noneLeft}
          aria-describedby={noneLeft ? `${id}-quota` : undefined}
        >
          {creating ? 'Scheduling…' : 'Schedule meeting'}
        </button>
        {props.onClose ? (
          <button type="button" className={ui.secondary} onClick={props.onClose}>
            Close
          </button>
        ) : null}
      </div>
    </form>
  )
}

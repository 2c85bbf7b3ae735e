import { useId } from 'react'
import { FieldError } from '../../../components/FieldError'
import type { RegistrationMode } from '@shared/admin/meeting-input'
import { ChoiceGroup } from '../../../components/ChoiceGroup'
import { TextField } from '../../../components/TextField'
import type { FormPartProps } from './meeting-form'
import ui from '../../../styles/ui.module.css'

const registrationChoices: Array<{ id: RegistrationMode; label: string; explain: string }> = [
  {
    id: 'auto',
    label: 'Registration, approved automatically (recommended)',
    explain:
      'People register with their name and email, then get their own join link. Attendance can then tell who was there.'
  },
  {
    id: 'manual',
    label: 'Registration, each person approved by the host',
    explain: 'Like the above, but nobody gets a join link until the host approves them in Zoom.'
  },
  {
    id: 'off',
    label: 'No registration',
    explain:
      'Anyone with the join link can join. Attendance may only know people by the name they type.'
  }
]

/** Length, description, passcode, waiting room and registration. */
export function MeetingOptionsFields(props: FormPartProps) {
  const id = useId()
  const { form, errors, update } = props
  return (
    <>
      <TextField
        label="Length (minutes)"
        type="number"
        min={1}
        max={1440}
        value={form.duration}
        error={errors.durationMinutes}
        onValue={(duration) => update({ duration })}
      />
      <div className={ui.field}>
        <label htmlFor={`${id}-agenda`}>Description (optional)</label>
        <textarea
          id={`${id}-agenda`}
          rows={3}
          maxLength={2000}
          value={form.agenda}
          onChange={(e) => update({ agenda: e.target.value })}
        />
        <FieldError message={errors.agenda} />
      </div>
      <TextField
        label="Passcode (optional)"
        hint="Up to 10 letters, digits or @ - _ *. Leave empty and Zoom makes one up."
        value={form.passcode}
        error={errors.passcode}
        onValue={(passcode) => update({ passcode })}
        maxLength={10}
        autoComplete="off"
      />
      <label className={ui.optionChoice}>
        <input
          type="checkbox"
          checked={form.waitingRoom}
          onChange={(e) => update({ waitingRoom: e.target.checked })}
        />
        <span>
          <strong>Waiting room</strong>
          <span className={ui.choiceExplain}>
            The host lets people in; nobody can join before the host.
          </span>
        </span>
      </label>
      <ChoiceGroup
        legend="Registration"
        name={`${id}-registration`}
        choices={registrationChoices}
        value={form.registration}
        onChange={(registration) => update({ registration })}
      />
    </>
  )
}

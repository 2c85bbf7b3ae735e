import { useState } from 'react'
import type { FormEvent } from 'react'
import { fieldErrorsOf, newUserSchema } from '@shared/admin/user-input'
import type { CreateUserAction, UserTypeNumber } from '@shared/admin/user-input'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { TextField } from '../../components/TextField'
import { useUsersStore } from '../../stores/use-users-store'
import { actionChoices, typeChoices } from './create-user-choices'
import { Notice } from '../../components/Notice'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'

const emptyForm = {
  action: 'create' as CreateUserAction,
  type: 1 as UserTypeNumber,
  firstName: '',
  lastName: '',
  email: ''
}

/** Adds one user; every field is checked with the rules main enforces before sending. */
export function CreateUserForm({ onClose }: { onClose(): void }) {
  const create = useUsersStore((s) => s.create)
  const creating = useUsersStore((s) => s.creation.status === 'loading')
  const serverError = useUsersStore((s) => s.creation.error)
  const createdMessage = useUsersStore((s) => s.creation.data?.message)
  const [form, setForm] = useState(emptyForm)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const serverFields = Object.fromEntries(
    (serverError?.details?.fields ?? []).map((f) => [f.field, f.message])
  )
  const shown: Record<string, string | undefined> = { ...serverFields, ...errors }
  const text = (field: 'firstName' | 'lastName' | 'email') => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }))
    setErrors((e) => ({ ...e, [field]: '' }))
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (creating) return
    const parsed = newUserSchema.safeParse(form)
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error))
    setErrors({})
    if (await create(parsed.data)) setForm(emptyForm)
  }

  return (
    <form
      className={clsx(ui.panel, ui.form)}
      noValidate
      aria-labelledby="create-user-title"
      data-testid="create-user-form"
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="create-user-title">Add a user</h2>
      <ChoiceGroup
        legend="How to add them"
        name="create-action"
        choices={actionChoices}
        value={form.action}
        onChange={(action) => setForm((f) => ({ ...f, action }))}
      />
      <ChoiceGroup
        legend="Type"
        name="create-type"
        choices={typeChoices}
        value={form.type}
        onChange={(type) => setForm((f) => ({ ...f, type }))}
      >
        {shown.type ? <p className={ui.fieldError}>{shown.type}</p> : null}
      </ChoiceGroup>
      <TextField
        label="First name"
        value={form.firstName}
        error={shown.firstName || undefined}
        onValue={text('firstName')}
        autoComplete="off"
      />
      <TextField
        label="Last name"
        value={form.lastName}
        error={shown.lastName || undefined}
        onValue={text('lastName')}
        autoComplete="off"
      />
      <TextField
        label="Email"
        type="email"
        value={form.email}
        error={shown.email || undefined}
        onValue={text('email')}
        autoComplete="off"
      />
      {serverError ? <ErrorNotice error={serverError} /> : null}
      {createdMessage ? (
        <Notice tone="success" role="status" testId="create-user-done">
          {createdMessage}
        </Notice>
      ) : null}
      <div className={ui.rowActions}>
        <button type="submit" className={ui.primary} disabled={creating}>
          {creating ? 'Adding…' : 'Add user'}
        </button>
        <button type="button" className={ui.secondary} onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  )
}

import { useState } from 'react'
import type { FormEvent } from 'react'
import { newProfileSchema } from '@shared/settings/input-schemas'
import type { ZoomPlan } from '@shared/settings/input-schemas'
import { TextField } from '../../components/TextField'
import { selectBusy, useAccountsStore } from '../../stores/use-accounts-store'
import { PlanSelect } from './PlanSelect'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'

type FieldErrors = Partial<
  Record<'name' | 'accountId' | 'clientId' | 'clientSecret' | 'plan', string>
>

/** Checks every field with the same rules main enforces before anything is sent. */
export function ProfileForm({ onSaved }: { onSaved(): void }) {
  const create = useAccountsStore((s) => s.create)
  const busy = useAccountsStore(selectBusy)
  const serverError = useAccountsStore((s) => s.account.error)
  const encryption = useAccountsStore((s) => s.account.data?.encryption)
  const [form, setForm] = useState({
    name: '',
    accountId: '',
    clientId: '',
    clientSecret: '',
    plan: 'pro' as ZoomPlan
  })
  const [errors, setErrors] = useState<FieldErrors>({})

  // Typing in a field clears its message; the full check runs again on save.
  const update = (field: keyof typeof form) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const serverFields = Object.fromEntries(
    (serverError?.details?.fields ?? []).map((f) => [f.field, f.message])
  ) as FieldErrors
  const shown = { ...serverFields, ...errors }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const parsed = newProfileSchema.safeParse(form)
    if (!parsed.success) {
      const next: FieldErrors = {}
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof FieldErrors
        next[field] ??= issue.message
      }
      setErrors(next)
      return
    }
    setErrors({})
    if (await create(parsed.data)) {
      // The secret leaves the window's memory as soon as main has it.
      setForm((f) => ({ ...f, clientSecret: '' }))
      onSaved()
    }
  }

  return (
    <form
      className={clsx(ui.panel, ui.form)}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="profile-form-title"
    >
      <h2 id="profile-form-title">Your app’s credentials</h2>
      <TextField
        label="Name for this account"
        hint="Any name that helps you recognise it, e.g. “Volunteer onboarding”."
        value={form.name}
        error={shown.name}
        onValue={update('name')}
        autoComplete="off"
      />
      <TextField
        label="Account ID"
        value={form.accountId}
        error={shown.accountId}
        onValue={update('accountId')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        label="Client ID"
        value={form.clientId}
        error={shown.clientId}
        onValue={update('clientId')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        label="Client secret"
        hint={encryption?.wording.fieldHint}
        type="password"
        value={form.clientSecret}
        error={shown.clientSecret}
        onValue={update('clientSecret')}
        autoComplete="off"
        spellCheck={false}
      />
      <PlanSelect id="profile-plan" value={form.plan} onChange={(plan) => update('plan')(plan)} />
      <button type="submit" className={ui.primary} disabled={busy !== null}>
        {busy === 'saving' ? 'Saving…' : 'Save account'}
      </button>
    </form>
  )
}

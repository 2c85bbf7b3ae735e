import { useState } from 'react'
import type { FormEvent } from 'react'
import type { ProfileSummaryView } from '@shared/ipc/contracts/accounts-contract'
import { profilePatchSchema } from '@shared/settings/input-schemas'
import type { ZoomPlan } from '@shared/settings/input-schemas'
import { TextField } from '../../components/TextField'
import { selectBusy, useAccountsStore } from '../../stores/use-accounts-store'
import { PlanSelect } from './PlanSelect'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'
import styles from './accounts.module.css'

/** "Edit…" on a saved account: its name and plan; the credentials stay as they are. */
export function ProfileEditForm(props: { profile: ProfileSummaryView; onDone(): void }) {
  const update = useAccountsStore((s) => s.update)
  const busy = useAccountsStore(selectBusy)
  const [name, setName] = useState(props.profile.name)
  const [plan, setPlan] = useState<ZoomPlan>(props.profile.plan)
  const [error, setError] = useState<string | undefined>()
  const id = `edit-${props.profile.id}`

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const parsed = profilePatchSchema.safeParse({ name, plan })
    if (!parsed.success) return setError(parsed.error.issues[0]?.message)
    setError(undefined)
    if (await update(props.profile.id, parsed.data)) props.onDone()
  }

  return (
    <form
      className={clsx(ui.form, ui.inlineForm, styles.editForm)}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onDone()
      }}
      noValidate
      aria-label={`Edit “${props.profile.name}”`}
    >
      <TextField
        label="Name for this account"
        value={name}
        error={error}
        onValue={(value) => {
          setName(value)
          setError(undefined)
        }}
        autoComplete="off"
        autoFocus
      />
      <PlanSelect id={`${id}-plan`} value={plan} onChange={setPlan} />
      <button type="submit" className={ui.primary} disabled={busy !== null}>
        {busy === 'saving' ? 'Saving…' : 'Save changes'}
      </button>
      <button type="button" className={ui.secondary} onClick={props.onDone}>
        Cancel
      </button>
    </form>
  )
}

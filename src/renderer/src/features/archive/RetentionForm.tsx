import { useState } from 'react'
import type { ArchiveSettings } from '@shared/ipc/contracts/archive-contract'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/TextField'
import { formatDate } from '../../lib/format'
import { useArchiveStore } from '../../stores/use-archive-store'
import ui from '../../styles/ui.module.css'
import styles from './archive.module.css'
import { checkMonths, keptFrom, retentionPrunes } from './settings-form'

type Retention = ArchiveSettings['retention']
type Keep = Retention['keep']

const choices: ReadonlyArray<{ id: Keep; label: string; explain: string }> = [
  {
    id: 'forever',
    label: 'Keep forever',
    explain: 'Nothing is deleted unless you forget the account’s archive.'
  },
  {
    id: 'months',
    label: 'Keep for a number of months',
    explain: 'After each sync, sessions older than that are deleted from this computer.'
  }
]

/**
 * How long archived attendance is kept. A change that deletes sessions is asked about first,
 * with the date it deletes before and a pointer to making a backup.
 */
export function RetentionForm(props: { settings: ArchiveSettings; oldestStart: string | null }) {
  const current = props.settings.retention
  const saving = useArchiveStore((s) => s.settings.retention)
  const save = useArchiveStore((s) => s.saveSettings)
  const [draft, setDraft] = useState<{ keep: Keep; months: string } | null>(null)
  const [fieldError, setFieldError] = useState<string | undefined>()
  const [asking, setAsking] = useState<Retention | null>(null)
  const [saved, setSaved] = useState(false)
  const shown = draft ?? {
    keep: current.keep,
    months: current.keep === 'months' ? String(current.months) : '24'
  }
  const edit = (patch: Partial<typeof shown>): void => {
    setDraft({ ...shown, ...patch })
    setFieldError(undefined)
    setSaved(false)
  }
  const store = (next: Retention): void => {
    void save('retention', { retention: next }).then((ok) => {
      if (!ok) return
      setDraft(null)
      setSaved(true)
    })
  }
  const cutoff = asking?.keep === 'months' ? keptFrom(asking.months) : null
  const someDeleted =
    cutoff !== null && props.oldestStart !== null && new Date(props.oldestStart) < cutoff
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        let next: Retention = { keep: 'forever' }
        if (shown.keep === 'months') {
          const months = checkMonths(shown.months)
          if (!months.ok) return setFieldError(months.error)
          next = { keep: 'months', months: months.value }
        }
        if (retentionPrunes(current, next)) setAsking(next)
        else store(next)
      }}
    >
      <div className={styles.settingsForm}>
        <ChoiceGroup
          legend="How long to keep archived attendance"
          name="archive-retention"
          choices={choices}
          value={shown.keep}
          onChange={(keep) => edit({ keep })}
        >
          {shown.keep === 'months' ? (
            <TextField
              label="Months to keep"
              hint="From 1 to 600. Zoom itself keeps reports for six months only."
              inputMode="numeric"
              value={shown.months}
              error={fieldError}
              onValue={(months) => edit({ months })}
            />
          ) : null}
        </ChoiceGroup>
        <button type="submit" className={ui.secondary} disabled={saving?.status === 'loading'}>
          Save how long to keep
        </button>
        {saved ? (
          <p role="status">
            Saved.{' '}
            {current.keep === 'forever'
              ? 'Archived attendance is kept forever.'
              : `Sessions older than ${current.months} months are deleted after each sync.`}
          </p>
        ) : null}
      </div>
      {saving?.error && draft ? <ErrorNotice error={saving.error} /> : null}
      <ConfirmDialog
        open={asking !== null}
        title="Delete older archived sessions?"
        confirmLabel={
          asking?.keep === 'months'
            ? `Keep ${asking.months} months, delete older`
            : 'Delete older sessions'
        }
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (asking) store(asking)
          setAsking(null)
        }}
      >
        <p>
          After the next sync, Headcount deletes every archived session that started before{' '}
          {cutoff ? formatDate(cutoff.getTime()) : 'that date'}, with its attendance, from this
          computer.{' '}
          {someDeleted
            ? `Your oldest archived session is from ${formatDate(props.oldestStart)}, so some will be deleted.`
            : 'None of your archived sessions is that old yet.'}
        </p>
        <p>
          <strong>This cannot be undone.</strong> Zoom no longer has sessions older than six months,
          so they cannot be fetched again. To keep a copy, choose “Back up archive…” first.
        </p>
      </ConfirmDialog>
    </form>
  )
}

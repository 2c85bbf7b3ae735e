import { useState } from 'react'
import type { ArchiveSettings } from '@shared/ipc/contracts/archive-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/TextField'
import { useArchiveStore } from '../../stores/use-archive-store'
import ui from '../../styles/ui.module.css'
import styles from './archive.module.css'
import { checkEveryHours } from './settings-form'

interface Draft {
  autoSync: boolean
  everyHours: string
}

/**
 * Whether Headcount syncs by itself: on opening, then every N hours while open. What the admin
 * types stays in the form until it is saved, also when saving fails.
 */
export function AutoSyncForm(props: { settings: ArchiveSettings; demo: boolean }) {
  const { settings } = props
  const saving = useArchiveStore((s) => s.settings['auto-sync'])
  const save = useArchiveStore((s) => s.saveSettings)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [saved, setSaved] = useState(false)
  const [fieldError, setFieldError] = useState<string | undefined>()
  const shown = draft ?? { autoSync: settings.autoSync, everyHours: String(settings.everyHours) }
  const edit = (patch: Partial<Draft>): void => {
    setDraft({ ...shown, ...patch })
    setSaved(false)
    setFieldError(undefined)
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        // Switched off, the hours are not used and not sent (a half-typed number cannot block it).
        const hours = shown.autoSync ? checkEveryHours(shown.everyHours) : null
        if (hours && !hours.ok) return setFieldError(hours.error)
        const patch = hours ? { autoSync: true, everyHours: hours.value } : { autoSync: false }
        void save('auto-sync', patch).then((ok) => {
          if (!ok) return
          setDraft(null)
          setSaved(true)
        })
      }}
    >
      <div className={styles.settingsForm}>
        <fieldset className={ui.choiceGroup}>
          <legend>Automatic sync</legend>
          {props.demo ? (
            <p className={ui.hint}>
              The demo never syncs by itself: its made-up meetings are new each time Headcount
              opens.
            </p>
          ) : null}
          <label className={styles.checkbox}>
            <input
              type="checkbox"
              checked={shown.autoSync}
              onChange={(e) => edit({ autoSync: e.target.checked })}
            />
            <span>Sync when Headcount opens, and again while it stays open</span>
          </label>
          <TextField
            label="How often (hours)"
            hint="From 1 to 168 hours (one week)."
            inputMode="numeric"
            value={shown.everyHours}
            disabled={!shown.autoSync}
            error={fieldError}
            onValue={(everyHours) => edit({ everyHours })}
          />
        </fieldset>
        <button type="submit" className={ui.secondary} disabled={saving?.status === 'loading'}>
          Save automatic sync
        </button>
        {saved ? (
          <p role="status">
            Saved.{' '}
            {settings.autoSync
              ? `Headcount syncs when it opens and every ${settings.everyHours} ${settings.everyHours === 1 ? 'hour' : 'hours'}.`
              : 'Headcount syncs only when you press Sync archive.'}
          </p>
        ) : null}
      </div>
      {saving?.error && draft ? <ErrorNotice error={saving.error} /> : null}
    </form>
  )
}

import { useId } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { JobProgress } from '../../components/JobProgress'
import { ExportPanel } from '../../components/export/ExportPanel'
import { useBulkAddStore } from '../../stores/use-bulk-add-store'
import { BulkOutcomeSection, BulkPreviewSection } from './BulkSections'
import clsx from 'clsx'
import ui from '../../styles/ui.module.css'

/**
 * Adds many users from a CSV file. The window only reads the file's text; main parses and
 * checks it. A dry run comes first; the real run skips anyone already in Zoom, so running
 * the same file again never invites anyone twice.
 */
export function BulkAddPanel({ onClose }: { onClose(): void }) {
  const id = useId()
  const fileName = useBulkAddStore((s) => s.fileName)
  const checked = useBulkAddStore((s) => s.checked)
  const outcome = useBulkAddStore((s) => s.outcome)
  const jobId = useBulkAddStore((s) => s.jobId)
  const chooseFile = useBulkAddStore((s) => s.chooseFile)
  const busy = checked.status === 'loading' || outcome.status === 'loading'
  return (
    <section
      className={clsx(ui.panel, ui.form)}
      aria-labelledby={`${id}-title`}
      data-testid="bulk-add"
    >
      <h2 id={`${id}-title`}>Add users from a CSV file</h2>
      <p className={ui.hint} id={`${id}-format`}>
        Save your list from a spreadsheet as CSV. The first row names the columns: email,
        first_name, last_name and type (Basic or Licensed; empty means Basic). Everyone gets an
        invitation email from Zoom. Nothing is added until you confirm. Semicolons (as Excel saves
        CSV in many countries) work too.
      </p>
      <ExportPanel
        idPrefix="bulk-template"
        withZone={false}
        actions={[
          {
            id: 'template',
            label: 'Download a template CSV…',
            primary: false,
            save: () => (api) => api.users.saveTemplate()
          }
        ]}
      />
      <div className={ui.field}>
        <label htmlFor={`${id}-file`}>Choose CSV file…</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-format`}
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void chooseFile(file)
            // Choosing the same file again (after editing it) must read it again.
            event.target.value = ''
          }}
        />
      </div>
      {checked.status === 'loading' ? <p role="status">Checking {fileName}…</p> : null}
      {checked.error ? <ErrorNotice error={checked.error} /> : null}
      {outcome.error ? <ErrorNotice error={outcome.error} /> : null}
      {checked.data && !outcome.data ? <BulkPreviewSection preview={checked.data.preview} /> : null}
      {outcome.status === 'loading' && jobId ? (
        <JobProgress jobId={jobId} label="Adding users from your CSV file" />
      ) : null}
      {outcome.data ? <BulkOutcomeSection outcome={outcome.data} /> : null}
      <div className={ui.rowActions}>
        <button type="button" className={ui.secondary} onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  )
}

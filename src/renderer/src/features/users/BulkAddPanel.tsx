import { useId } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { JobProgress } from '../../components/JobProgress'
import { useBulkAddStore } from '../../stores/use-bulk-add-store'
import { BulkPreviewTable, BulkResultTable, plural } from './BulkResultTables'

/**
 * Adds many users from a CSV file. The window only reads the file's text; main parses and
 * checks it. A dry run comes first; the real run skips anyone already in Zoom, so running
 * the same file again never invites anyone twice.
 */
export function BulkAddPanel({ onClose }: { onClose(): void }) {
  const id = useId()
  const { fileName, preview, result, busy, jobId, error, chooseFile, run } = useBulkAddStore()
  const toCreate = preview?.counts.create ?? 0
  return (
    <section className="panel form" aria-labelledby={`${id}-title`} data-testid="bulk-add">
      <h2 id={`${id}-title`}>Add users from a CSV file</h2>
      <p className="field-hint" id={`${id}-format`}>
        Save your list from a spreadsheet as CSV. The first row names the columns: email,
        first_name, last_name and type (Basic or Licensed; empty means Basic). Everyone gets an
        invitation email from Zoom. Nothing is added until you confirm.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Choose CSV file…</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-format`}
          disabled={busy !== null}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void chooseFile(file)
            // Choosing the same file again (after editing it) must read it again.
            event.target.value = ''
          }}
        />
      </div>
      {busy === 'reading' || busy === 'checking' ? <p role="status">Checking {fileName}…</p> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {preview && !result ? (
        <>
          <h3>Dry run: what would happen</h3>
          <p role="status" data-testid="bulk-preview-summary">
            {plural(preview.counts.create, 'person would be added', 'people would be added')},{' '}
            {preview.counts.exists} already in Zoom, {preview.counts.duplicate} repeated in the
            file, {preview.counts.invalid} cannot be added.
          </p>
          <BulkPreviewTable rows={preview.rows} />
          <div className="row-actions">
            <button
              type="button"
              className="primary"
              disabled={toCreate === 0 || busy !== null}
              onClick={() => void run('create')}
            >
              {busy === 'running' ? 'Adding…' : `Add ${plural(toCreate, 'user', 'users')}`}
            </button>
          </div>
        </>
      ) : null}
      {busy === 'running' && jobId ? (
        <JobProgress jobId={jobId} label="Adding users from your CSV file" />
      ) : null}
      {result ? (
        <>
          <h3>Done: what happened</h3>
          <p role="status" data-testid="bulk-result-summary">
            {plural(result.counts.created, 'user added', 'users added')}, {result.counts.skipped}{' '}
            skipped, {result.counts.failed} failed
            {result.counts['not-tried'] > 0 ? `, ${result.counts['not-tried']} not tried` : ''}.
          </p>
          {result.stoppedBecause ? (
            <p className="notice notice-warning">Stopped early: {result.stoppedBecause}</p>
          ) : null}
          <BulkResultTable rows={result.rows} />
        </>
      ) : null}
      <div className="row-actions">
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  )
}

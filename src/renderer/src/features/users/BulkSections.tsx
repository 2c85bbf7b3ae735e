import type { InvokeOutput } from '@shared/ipc/contract'
import { useBulkAddStore } from '../../stores/use-bulk-add-store'
import { BulkPreviewTable, BulkResultTable, plural } from './BulkResultTables'
import { Notice } from '../../components/Notice'
import ui from '../../styles/ui.module.css'

/** The dry run's summary (main words it) and rows, and the button that adds the people. */
export function BulkPreviewSection({ preview }: { preview: InvokeOutput<'users:bulk-preview'> }) {
  const run = useBulkAddStore((s) => s.run)
  const running = useBulkAddStore((s) => s.outcome.status === 'loading')
  const toCreate = preview.counts.create
  return (
    <>
      <h3>Dry run: what would happen</h3>
      <p role="status" data-testid="bulk-preview-summary">
        {preview.summary}
      </p>
      <BulkPreviewTable rows={preview.rows} />
      <div className={ui.rowActions}>
        <button
          type="button"
          className={ui.primary}
          disabled={toCreate === 0 || running}
          onClick={() => void run('create')}
        >
          {running ? 'Adding…' : `Add ${plural(toCreate, 'user', 'users')}`}
        </button>
      </div>
    </>
  )
}

/** What the real run did, row by row. */
export function BulkOutcomeSection({ outcome }: { outcome: InvokeOutput<'users:bulk-create'> }) {
  return (
    <>
      <h3>Done: what happened</h3>
      <p role="status" data-testid="bulk-result-summary">
        {outcome.summary}
      </p>
      {outcome.stoppedBecause ? (
        <Notice tone="warning">Stopped early: {outcome.stoppedBecause}</Notice>
      ) : null}
      <BulkResultTable rows={outcome.rows} />
    </>
  )
}

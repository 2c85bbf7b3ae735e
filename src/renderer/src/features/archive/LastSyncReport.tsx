import type { SyncSummary } from '@shared/ipc/contracts/archive-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Notice } from '../../components/Notice'
import { formatDateTime } from '../../lib/format'
import styles from './archive.module.css'

function sessions(n: number): string {
  return `${n} ${n === 1 ? 'session' : 'sessions'}`
}

/** The counts a sync ends with, in one sentence, and why it stopped early if it did. */
export function syncCountsText(summary: SyncSummary): string {
  const parts = [
    `${sessions(summary.newInstances)} newly archived`,
    `${summary.alreadyArchived} already archived`
  ]
  if (summary.goneFromZoom > 0) {
    parts.push(`${summary.goneFromZoom} no longer on Zoom (kept in your archive)`)
  }
  const hosts = `${summary.hosts} ${summary.hosts === 1 ? 'host' : 'hosts'}`
  return `${parts.join(', ')}. Meetings of ${hosts} were checked.`
}

export function LastSyncReport({ summary }: { summary: SyncSummary }) {
  return (
    <div className={styles.report} data-testid="last-sync">
      <h3>Last sync: {formatDateTime(summary.finishedAt)}</h3>
      <p className={styles.counts} role="status">
        {syncCountsText(summary)}
      </p>
      {summary.cancelled ? (
        <Notice
          tone="warning"
          role="status"
          message="This sync was stopped before it finished."
          remedy="The sessions archived before it stopped are kept. Press Sync archive to carry on from where it stopped."
        />
      ) : null}
      {summary.stoppedBy ? (
        <ErrorNotice
          error={{
            ...summary.stoppedBy,
            message: `The sync stopped early: ${summary.stoppedBy.message}`,
            remedy: `${summary.stoppedBy.remedy ?? ''} Then press Sync archive to carry on.`.trim()
          }}
        />
      ) : null}
    </div>
  )
}

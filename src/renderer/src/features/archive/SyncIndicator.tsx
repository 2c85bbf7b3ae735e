import { formatTimeLeft } from '../../lib/format'
import { useFocusAfter } from '../../lib/use-focus-after'
import { useArchiveStore } from '../../stores/use-archive-store'
import { useJobsStore } from '../../stores/use-jobs-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import styles from './archive.module.css'

/**
 * A small box in the navigation while a sync runs (also one that started by itself), so its
 * progress shows and it can be stopped from any screen. The Archive screen shows its own.
 */
export function SyncIndicator() {
  const running = useArchiveStore((s) => s.running)
  const current = useNavigationStore((s) => s.current)
  const go = useNavigationStore((s) => s.go)
  const progress = useJobsStore((s) => (running ? s.byId[running.jobId] : undefined))
  const cancelling = useJobsStore((s) => (running ? s.cancels[running.jobId] : undefined))
  const cancel = useJobsStore((s) => s.cancel)
  // Cancelled from here, the box goes: focus lands on the screen's heading, not nowhere.
  useFocusAfter(running !== null, () => document.querySelector<HTMLElement>('#main h1'))
  if (!running || current === 'archive') return null
  const total = progress?.total ?? null
  const done = progress?.done ?? 0
  return (
    <div className={styles.indicator} data-testid="sync-indicator">
      <p className={styles.indicatorTitle} role="status">
        {running.automatic ? 'Automatic archive sync' : 'Archive sync'} running
      </p>
      <progress
        aria-label="Archive sync progress"
        max={total ?? undefined}
        value={total !== null ? done : undefined}
      />
      <p>
        {total !== null ? `${done} of ${total} sessions` : 'Finding sessions…'}{' '}
        {formatTimeLeft(progress?.secondsLeft ?? null)}
      </p>
      <div className={styles.indicatorActions}>
        <button
          type="button"
          className={styles.indicatorButton}
          disabled={cancelling?.status === 'loading'}
          onClick={() => void cancel(running.jobId)}
        >
          Cancel sync
        </button>
        <button type="button" className={styles.indicatorButton} onClick={() => go('archive')}>
          Details
        </button>
      </div>
      {cancelling?.error ? (
        <p role="alert" className={styles.indicatorProblem}>
          The sync could not be stopped: {cancelling.error.message}
        </p>
      ) : null}
    </div>
  )
}

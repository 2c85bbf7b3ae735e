import { formatTimeLeft } from '../lib/format'
import { useJobsStore } from '../stores/use-jobs-store'
import clsx from 'clsx'
import ui from '../styles/ui.module.css'
import styles from './JobProgress.module.css'

/** A progress bar with counts, time left and a Cancel button for one long job. */
export function JobProgress({ jobId, label }: { jobId: string; label: string }) {
  const progress = useJobsStore((s) => s.byId[jobId])
  const cancel = useJobsStore((s) => s.cancel)
  const cancelling = useJobsStore((s) => s.cancels[jobId])
  const done = progress?.done ?? 0
  const total = progress?.total ?? null
  return (
    <div className={clsx(ui.card, styles.progress)} data-testid="job-progress">
      <p className={styles.label} id={`job-${jobId}`}>
        {label}
        {total !== null ? ` — ${done} of ${total}` : '…'}{' '}
        {formatTimeLeft(progress?.secondsLeft ?? null)}
      </p>
      <progress
        aria-labelledby={`job-${jobId}`}
        max={total ?? undefined}
        value={total !== null ? done : undefined}
      />
      <button
        type="button"
        className={ui.secondary}
        disabled={cancelling?.status === 'loading'}
        onClick={() => void cancel(jobId)}
      >
        Cancel
      </button>
      {cancelling?.error ? (
        <p role="alert" className={clsx(ui.fieldError, styles.problem)}>
          Headcount could not stop this job: {cancelling.error.message}{' '}
          {cancelling.error.remedy ?? ''}
        </p>
      ) : null}
    </div>
  )
}

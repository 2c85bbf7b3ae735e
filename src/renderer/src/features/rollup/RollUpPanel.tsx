import { ErrorNotice } from '../../components/ErrorNotice'
import { JobProgress } from '../../components/JobProgress'
import { useRollUpStore } from '../../stores/use-rollup-store'
import { RollUpForm } from './RollUpForm'
import { RollUpResults } from './RollUpResults'

/** Combine many sessions: every session of one recurring meeting, or meetings by topic and dates. */
export function RollUpPanel() {
  const view = useRollUpStore((s) => s.view)
  const jobId = useRollUpStore((s) => s.jobId)
  return (
    <div data-testid="rollup-panel">
      <RollUpForm />
      {view.status === 'loading' && jobId ? (
        <JobProgress
          jobId={jobId}
          label="Reading sessions (archived ones from this computer, the rest from Zoom)"
        />
      ) : null}
      {view.error ? <ErrorNotice error={view.error} /> : null}
      {view.data ? <RollUpResults view={view.data} /> : null}
    </div>
  )
}

import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Notice } from '../../components/Notice'

/** Why a roll-up may be incomplete: cancelled, stopped by an error, or sessions not fetched. */
export function RollUpNotices({ view }: { view: RollUpView }) {
  return (
    <>
      {view.cancelled ? (
        <Notice tone="warning" role="status">
          Stopped before it finished. Showing the {view.instances.length} sessions fetched so far;{' '}
          {view.skipped} were not fetched.
        </Notice>
      ) : null}
      {view.stoppedBy ? <ErrorNotice error={view.stoppedBy} /> : null}
      {view.failures.length > 0 ? (
        <Notice
          tone="warning"
          role="alert"
          testId="rollup-failures"
          message={`${view.failures.length} ${view.failures.length === 1 ? 'session' : 'sessions'} could not be fetched. The others are shown.`}
        >
          <ul>
            {view.failures.map((failure) => (
              <li key={failure.session}>
                {failure.session}: {failure.error.message} {failure.error.remedy ?? ''}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </>
  )
}

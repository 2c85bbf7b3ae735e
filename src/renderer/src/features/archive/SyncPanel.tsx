import { useRef } from 'react'
import type { ArchiveStatus } from '@shared/ipc/contracts/archive-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { JobProgress } from '../../components/JobProgress'
import { useFocusAfter } from '../../lib/use-focus-after'
import { useArchiveStore } from '../../stores/use-archive-store'
import ui from '../../styles/ui.module.css'
import { LastSyncReport } from './LastSyncReport'
import { SyncFailures } from './SyncFailures'

/** "Sync archive", its progress with Cancel, and what the last sync did. */
export function SyncPanel(props: { status: ArchiveStatus; connected: boolean }) {
  const running = useArchiveStore((s) => s.running)
  const sync = useArchiveStore((s) => s.sync)
  const startSync = useArchiveStore((s) => s.startSync)
  const syncButton = useRef<HTMLButtonElement>(null)
  useFocusAfter(running !== null, () => syncButton.current)
  return (
    <section className={ui.panel} aria-labelledby="archive-sync-title" data-testid="archive-sync">
      <h2 id="archive-sync-title">Sync with Zoom</h2>
      <p className={ui.hint}>
        A sync saves every ended meeting that is not archived yet, for every active user of the
        account, back to Zoom’s six-month limit. If you stop it, the next sync carries on where it
        stopped.
      </p>
      {running ? (
        <JobProgress
          jobId={running.jobId}
          label={running.automatic ? 'Automatic sync: archiving sessions' : 'Archiving sessions'}
        />
      ) : (
        <div className={ui.rowActions}>
          <button
            ref={syncButton}
            type="button"
            className={ui.primary}
            disabled={!props.connected}
            onClick={() => void startSync()}
          >
            Sync archive
          </button>
          {!props.connected ? (
            <p className={ui.hint}>
              Connect a Zoom account (or start the demo) on the Accounts screen first.
            </p>
          ) : null}
        </div>
      )}
      {sync.error ? (
        <ErrorNotice
          error={{
            ...sync.error,
            remedy: `${sync.error.remedy ?? ''} Sessions archived before this are kept.`.trim()
          }}
        />
      ) : null}
      {props.status.lastSync ? <LastSyncReport summary={props.status.lastSync} /> : null}
      <SyncFailures failures={props.status.failures} />
    </section>
  )
}

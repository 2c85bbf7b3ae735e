import { useEffect } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ViewHeader } from '../../components/ViewHeader'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { selectSyncing, useArchiveStore } from '../../stores/use-archive-store'
import ui from '../../styles/ui.module.css'
import { ArchiveContents } from './ArchiveContents'
import { ArchiveNotices } from './ArchiveNotices'
import { AutoSyncForm } from './AutoSyncForm'
import { BackupPanel } from './BackupPanel'
import { ForgetArchivePanel } from './ForgetArchivePanel'
import { RetentionForm } from './RetentionForm'
import { SyncPanel } from './SyncPanel'

/**
 * The Archive screen: what is kept on this computer for the connected account, syncing it
 * with Zoom, when that happens by itself, how long it is kept, and backing up, restoring or
 * forgetting it. The numbers are read again on every visit.
 */
export function ArchiveView() {
  const status = useArchiveStore((s) => s.status)
  const load = useArchiveStore((s) => s.load)
  const syncing = useArchiveStore(selectSyncing)
  const connection = useAccountsStore((s) => s.account.data?.connection)
  useEffect(() => {
    void load()
  }, [load])

  const data = status.data
  const connected = connection !== undefined && connection.mode !== 'none'
  const accountLabel = connected ? (connection.label ?? 'this account') : null
  return (
    <section aria-labelledby="view-title" data-testid="view-archive">
      <ViewHeader title="Archive">
        Every meeting’s attendance, kept on this computer so you can still see it after Zoom deletes
        it (Zoom keeps reports for six months).
      </ViewHeader>
      {status.error ? <ErrorNotice error={status.error} /> : null}
      {!data && status.status === 'loading' ? <p role="status">Reading the archive…</p> : null}
      {data ? (
        <>
          <ArchiveNotices notices={data.notices} />
          <ArchiveContents status={data} accountLabel={accountLabel} />
          <SyncPanel status={data} connected={connected} />
          <section className={ui.panel} aria-labelledby="archive-settings-title">
            <h2 id="archive-settings-title">Settings</h2>
            <AutoSyncForm settings={data.settings} demo={connection?.mode === 'demo'} />
            <RetentionForm
              settings={data.settings}
              oldestStart={data.account?.oldestStart ?? null}
            />
          </section>
          <section className={ui.panel} aria-labelledby="archive-keep-title">
            <h2 id="archive-keep-title">Back up, restore or forget</h2>
            <BackupPanel syncing={syncing} />
            {connected && data.account ? (
              <ForgetArchivePanel
                accountKey={connection.profileId ?? 'demo'}
                accountLabel={accountLabel ?? 'this account'}
                sessions={data.account.instances}
                syncing={syncing}
              />
            ) : null}
          </section>
        </>
      ) : null}
    </section>
  )
}

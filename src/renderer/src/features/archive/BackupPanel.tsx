import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useArchiveStore } from '../../stores/use-archive-store'
import ui from '../../styles/ui.module.css'
import styles from './archive.module.css'

/** A copy of the archive to a chosen file, and putting one back (asked first). */
export function BackupPanel(props: { syncing: boolean }) {
  const backUp = useArchiveStore((s) => s.backUp)
  const restore = useArchiveStore((s) => s.restore)
  const backUpArchive = useArchiveStore((s) => s.backUpArchive)
  const restoreArchive = useArchiveStore((s) => s.restoreArchive)
  const [asking, setAsking] = useState(false)
  const busy = backUp.status === 'loading' || restore.status === 'loading'
  return (
    <>
      <div className={styles.action}>
        <button
          type="button"
          className={ui.secondary}
          disabled={busy}
          onClick={() => void backUpArchive()}
        >
          {backUp.status === 'loading' ? 'Saving a copy…' : 'Back up archive…'}
        </button>
        <p className={ui.hint}>
          Saves a complete copy of the archive to a file you choose, for example on a USB stick.
        </p>
        {backUp.error ? <ErrorNotice error={backUp.error} /> : null}
        {backUp.data ? (
          <p role="status">
            {backUp.data.saved
              ? `Saved a copy of the archive to “${backUp.data.fileName ?? 'the file you chose'}”.`
              : 'No copy was saved: the save window was closed.'}
          </p>
        ) : null}
      </div>
      <div className={styles.action}>
        <button
          type="button"
          className={ui.secondary}
          disabled={busy || props.syncing}
          onClick={() => setAsking(true)}
        >
          {restore.status === 'loading' ? 'Restoring…' : 'Restore…'}
        </button>
        <p className={ui.hint}>
          {props.syncing
            ? 'Wait for the sync to finish (or cancel it) to restore a backup.'
            : 'Replaces the archive with a backup you made before.'}
        </p>
        {restore.error ? <ErrorNotice error={restore.error} /> : null}
        {restore.data ? (
          <p role="status">
            {restore.data.restored
              ? `Restored the archive from your backup. The archive it replaced is kept at ${restore.data.previousKeptAt ?? 'its old place'}.`
              : 'Nothing was restored: no backup was chosen.'}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={asking}
        title="Replace the archive with a backup?"
        confirmLabel="Choose a backup…"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false)
          void restoreArchive()
        }}
      >
        <p>
          Next you choose a backup file. Headcount checks it first, and replaces the archive only if
          the file is a sound Headcount archive.
        </p>
        <p>
          The archive you have now is not deleted: it is kept beside it, and Headcount tells you
          where.
        </p>
      </ConfirmDialog>
    </>
  )
}

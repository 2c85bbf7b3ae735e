import clsx from 'clsx'
import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useArchiveStore } from '../../stores/use-archive-store'
import ui from '../../styles/ui.module.css'
import styles from './archive.module.css'

/** Deleting one account's archived attendance from this computer, after a clear question. */
export function ForgetArchivePanel(props: {
  accountKey: string
  accountLabel: string
  sessions: number
  syncing: boolean
}) {
  const forget = useArchiveStore((s) => s.forget)
  const forgetAccount = useArchiveStore((s) => s.forgetAccount)
  const [asking, setAsking] = useState(false)
  const sessions =
    props.sessions === 1 ? '1 archived session' : `${props.sessions} archived sessions`
  return (
    <div className={clsx(styles.action, styles.danger)}>
      <button
        type="button"
        className={ui.danger}
        disabled={forget.status === 'loading' || props.syncing}
        onClick={() => setAsking(true)}
      >
        Forget this account’s archive…
      </button>
      <p className={ui.hint}>
        {props.syncing
          ? 'Wait for the sync to finish (or cancel it) to forget the archive.'
          : `Deletes the ${sessions} of “${props.accountLabel}” and their attendance from this computer. Zoom is not touched.`}
      </p>
      {forget.error ? <ErrorNotice error={forget.error} /> : null}
      {forget.data ? (
        <p role="status">The archive of “{props.accountLabel}” was deleted from this computer.</p>
      ) : null}
      <ConfirmDialog
        open={asking}
        title={`Delete the archive of “${props.accountLabel}”?`}
        confirmLabel="Delete this account’s archive"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false)
          void forgetAccount(props.accountKey)
        }}
      >
        <p>
          Headcount deletes the {sessions} of this account, with everyone’s join and leave times,
          from this computer. The account itself stays connected.
        </p>
        <p>
          <strong>This cannot be undone.</strong> Sessions older than six months are no longer on
          Zoom and cannot be fetched again. To keep a copy, choose “Back up archive…” first.
        </p>
      </ConfirmDialog>
    </div>
  )
}

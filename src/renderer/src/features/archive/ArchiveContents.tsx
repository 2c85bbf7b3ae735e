import type { ArchiveStatus } from '@shared/ipc/contracts/archive-contract'
import { StatCards } from '../../components/StatCards'
import { formatBytes, formatDate } from '../../lib/format'
import ui from '../../styles/ui.module.css'
import styles from './archive.module.css'

/** What the archive holds for the connected account, and where its file is. */
export function ArchiveContents(props: { status: ArchiveStatus; accountLabel: string | null }) {
  const { status } = props
  const account = status.account
  return (
    <section className={ui.panel} aria-labelledby="archive-contents-title">
      <h2 id="archive-contents-title">
        {props.accountLabel ? `What is archived for “${props.accountLabel}”` : 'What is archived'}
      </h2>
      {account ? (
        <StatCards
          testId="archive-contents"
          items={[
            ['Sessions archived', account.instances.toLocaleString()],
            ['Attendance rows (one per join)', account.participantRows.toLocaleString()],
            ['Oldest session', formatDate(account.oldestStart, 'None yet')],
            ['Newest session', formatDate(account.newestStart, 'None yet')],
            ['Archive file size (all accounts)', formatBytes(status.bytes)]
          ]}
        />
      ) : (
        <p>Connect a Zoom account (or start the demo) on the Accounts screen to see its archive.</p>
      )}
      <p className={styles.file}>
        The archive is one file on this computer:{' '}
        <code data-testid="archive-file">{status.file}</code>
      </p>
    </section>
  )
}

import type { ArchiveStatus } from '@shared/ipc/contracts/archive-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Notice } from '../../components/Notice'
import { useArchiveStore } from '../../stores/use-archive-store'
import ui from '../../styles/ui.module.css'

type ArchiveNotice = ArchiveStatus['notices'][number]

const tones: Record<ArchiveNotice['kind'], 'warning' | 'plain' | 'success'> = {
  'damaged-set-aside': 'warning',
  'not-sqlite-set-aside': 'warning',
  created: 'plain',
  'imported-cache': 'success'
}

/** What happened to the archive file that the admin should know once: set aside, created, imported. */
export function ArchiveNotices({ notices }: { notices: ArchiveStatus['notices'] }) {
  const dismiss = useArchiveStore((s) => s.dismiss)
  const dismissNotices = useArchiveStore((s) => s.dismissNotices)
  if (notices.length === 0) return null
  return (
    <div data-testid="archive-notices">
      {notices.map((notice) => (
        <Notice
          key={`${notice.kind}:${notice.message}`}
          tone={tones[notice.kind]}
          role="status"
          message={notice.message}
          remedy={
            notice.setAsidePath ? (
              <>
                The old file is kept at <code>{notice.setAsidePath}</code>. Nothing was deleted.
              </>
            ) : undefined
          }
        />
      ))}
      {dismiss.error ? <ErrorNotice error={dismiss.error} /> : null}
      <div className={ui.rowActions}>
        <button
          type="button"
          className={ui.secondary}
          disabled={dismiss.status === 'loading'}
          onClick={() => void dismissNotices()}
        >
          {notices.length === 1 ? 'Dismiss this message' : 'Dismiss these messages'}
        </button>
      </div>
    </div>
  )
}

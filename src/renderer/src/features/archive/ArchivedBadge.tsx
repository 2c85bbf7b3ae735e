import type { PastMeeting } from '@shared/ipc/contracts/past-meetings-contract'
import { formatDate } from '../../lib/format'
import styles from './archive.module.css'

/** Marks a past session kept in the archive, and one Zoom no longer has; nothing otherwise. */
export function ArchivedBadge(props: Pick<PastMeeting, 'archivedAt' | 'goneFromZoomSince'>) {
  if (props.goneFromZoomSince) {
    return (
      <span className={styles.goneBadge} data-testid="gone-badge">
        No longer on Zoom since {formatDate(props.goneFromZoomSince)} · kept in your archive
      </span>
    )
  }
  if (!props.archivedAt) return null
  return (
    <span className={styles.archivedBadge} data-testid="archived-badge">
      Archived
    </span>
  )
}

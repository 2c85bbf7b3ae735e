import { useEffect } from 'react'
import { needsLoading } from '../../lib/request-state'
import { useReviewStore } from '../../stores/use-review-store'
import styles from './review.module.css'

/** Reads the review queue once for the badges, if no screen has read it yet. */
export function useReviewBadges(): void {
  useEffect(() => {
    if (needsLoading(useReviewStore.getState().queue)) void useReviewStore.getState().load()
  }, [])
}

/** "Needs review" on past sessions with open questions (from the last review queue read). */
export function NeedsReviewBadge(props: { uuids: readonly string[] }) {
  const open = useReviewStore((s) =>
    props.uuids.reduce((sum, uuid) => sum + (s.queue.data?.openByMeeting[uuid] ?? 0), 0)
  )
  if (open === 0) return null
  return (
    <span className={styles.badge} data-testid="needs-review-badge">
      Needs review ({open})
    </span>
  )
}

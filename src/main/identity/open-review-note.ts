/**
 * The sentence every export carries while questions are open, so a CSV made before they are
 * answered never hides that some matches are the engine's guess.
 */
import type { InstanceAttendance } from '../attendance/engine'

/** Open questions across the exported instances (a question shared by two counts once). */
export function openReviewCount(
  instances: readonly Pick<InstanceAttendance, 'reviewCandidates'>[]
): number {
  return new Set(instances.flatMap((i) => i.reviewCandidates.map((c) => c.key))).size
}

/** Null when nothing is open. */
export function openReviewNote(count: number, fix: 'app' | 'cli'): string | null {
  if (count === 0) return null
  const what = count === 1 ? '1 match in this export is' : `${count} matches in this export are`
  const where =
    fix === 'cli'
      ? 'see them with "headcount review --list" and answer them in the app’s Review screen'
      : 'answer them on the Review screen'
  return `${what} Headcount’s best guess and still need review (the Needs Review column says which rows); ${where}, then export again.`
}

/** What each kind of question asks, and the answers' meaning, in the admin's words. */
import type { ReviewItem } from '@shared/ipc/contracts/identity-contract'

export const kindQuestion: Record<ReviewItem['kind'], string> = {
  'name-only-match': 'Matched by name only: is this guest the registered or signed-in person?',
  'same-name-guest': 'A guest has a known person’s name: are they the same person?',
  'weak-name-overlap': 'Two devices with the same name were in at the same time: one person?',
  'weak-name-rejoin': 'The same device name left and came back: one person?',
  rename: 'Someone left and a new name joined right after: did they rename themselves?',
  'email-domain-change': 'The same name with an email that changed after the @: one person?'
}

export const kindShort: Record<ReviewItem['kind'], string> = {
  'name-only-match': 'Name only',
  'same-name-guest': 'Same name as a known person',
  'weak-name-overlap': 'Same device name, same time',
  'weak-name-rejoin': 'Same device name, rejoined',
  rename: 'Rename?',
  'email-domain-change': 'Email domain changed?'
}

/** What counting does now, so the admin knows what Accept or Reject changes. */
export function countedNow(item: ReviewItem): string {
  return item.merged
    ? 'Counted now as one person. Reject counts them apart.'
    : 'Counted now as two people. Accept counts them as one.'
}

export function appliesWhere(item: ReviewItem): string {
  return item.scope === 'everywhere'
    ? `Your answer applies to every meeting (${item.meetings.length} archived now).`
    : 'Your answer applies to this meeting only.'
}

/** The export dialog's warning while this meeting has open questions; null when none. */
export function openReviewWarning(open: number): string | null {
  if (open === 0) return null
  const what = open === 1 ? '1 match here is' : `${open} matches here are`
  return `${what} Headcount’s best guess and still need review: the export says which rows (Needs Review column). Answer them on the Review screen first for final numbers.`
}

import type { BulkOutcome, BulkVerdict } from '../ipc/contracts/users-contract'

/**
 * The words for each row's fate in a bulk add, shared so the window's tables, the saved
 * outcome CSV and the summary sentences main sends say the same thing.
 */
export const bulkVerdictWords: Record<BulkVerdict, string> = {
  create: 'Would be added',
  exists: 'Already in Zoom',
  duplicate: 'Repeated in the file',
  invalid: 'Cannot be added'
}

export const bulkOutcomeWords: Record<BulkOutcome, string> = {
  created: 'Added',
  skipped: 'Skipped',
  failed: 'Failed',
  'not-tried': 'Not tried',
  'not-sent': 'Not sent (invalid)'
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function listed(parts: Array<[number, string]>): string {
  return parts
    .filter(([n]) => n > 0)
    .map(([, words]) => words)
    .join(', ')
}

/** The dry run in one sentence: "Nothing new to add: 3 already in Zoom." when none would be. */
export function bulkPreviewSummary(counts: Record<BulkVerdict, number>): string {
  const others = listed([
    [counts.exists, `${counts.exists} already in Zoom`],
    [counts.duplicate, `${counts.duplicate} repeated in the file`],
    [counts.invalid, `${counts.invalid} cannot be added`]
  ])
  if (counts.create === 0) return others ? `Nothing new to add: ${others}.` : 'Nothing new to add.'
  const adding = count(counts.create, 'person would be added', 'people would be added')
  return others ? `${adding}; ${others}.` : `${adding}.`
}

/** What a run did in one sentence; rows never sent are named apart from Zoom's refusals. */
export function bulkResultSummary(counts: Record<BulkOutcome, number>): string {
  const others = listed([
    [counts.skipped, `${counts.skipped} skipped`],
    [counts.failed, `${counts.failed} failed`],
    [counts['not-tried'], `${counts['not-tried']} not tried`],
    [counts['not-sent'], `${counts['not-sent']} not sent (invalid)`]
  ])
  const added =
    counts.created === 0 ? 'Nobody was added' : count(counts.created, 'user added', 'users added')
  return others ? `${added}; ${others}.` : `${added}.`
}

import { isAppFailure } from '../../shared/app-error'
import type { CreateUserAction } from '../../shared/admin/user-input'
import type { BulkResultRow } from '../../shared/ipc/contracts/users-contract'
import type { ZoomClient } from '../zoom'
import { whatHappensNext } from './added-user-words'
import { translateCreateUserError } from './create-user-errors'
import type { PlannedRow } from './bulk-classify'

export interface BulkRunResult {
  rows: BulkResultRow[]
  stoppedBecause: string | null
}

interface BulkRunDeps {
  client: Pick<ZoomClient, 'createUser'>
  action: CreateUserAction
  rows: readonly PlannedRow[]
  /** Aborted by the Cancel button; checked between rows, never mid-request. */
  signal: AbortSignal
  progress(done: number, total: number): void
}

/** Row failures that would fail every later row the same way: stop instead of repeating them. */
const rowOnlyCodes = new Set(['validation', 'not-found', 'invalid-input'])

function messageOf(error: unknown): { text: string; code: string } {
  if (isAppFailure(error)) {
    const { message, remedy, code } = error.appError
    return { text: remedy ? `${message} ${remedy}` : message, code }
  }
  return { text: 'Something went wrong inside Headcount.', code: 'internal' }
}

/**
 * Adds the rows judged `create`, one at a time (POSTs are never retried), reporting progress.
 * Rows already in Zoom or repeated in the file are skipped, so running the file again never
 * adds anyone twice.
 */
export async function runBulkCreate(deps: BulkRunDeps): Promise<BulkRunResult> {
  const total = deps.rows.filter((row) => row.verdict === 'create').length
  let done = 0
  let stoppedBecause: string | null = null
  const results: BulkResultRow[] = []
  deps.progress(0, total)
  for (const row of deps.rows) {
    const { verdict: _verdict, user, ...base } = row
    if (row.verdict === 'exists' || row.verdict === 'duplicate') {
      results.push({ ...base, outcome: 'skipped' })
      continue
    }
    if (row.verdict === 'invalid' || !user) {
      // Never sent to Zoom: the reason is the row's own problem, not a refusal.
      results.push({ ...base, outcome: 'not-sent', reason: row.reason })
      continue
    }
    if (stoppedBecause === null && deps.signal.aborted) stoppedBecause = 'You stopped the run.'
    if (stoppedBecause !== null) {
      results.push({ ...base, outcome: 'not-tried', reason: `Not tried: ${stoppedBecause}` })
      continue
    }
    try {
      const info = {
        email: user.email,
        type: user.type,
        ...(user.firstName ? { first_name: user.firstName } : {}),
        ...(user.lastName ? { last_name: user.lastName } : {})
      }
      await deps.client.createUser(deps.action, info)
      results.push({
        ...base,
        outcome: 'created',
        reason: whatHappensNext(deps.action, user.email)
      })
    } catch (raw) {
      const { text, code } = messageOf(translateCreateUserError(raw, user.email))
      results.push({ ...base, outcome: 'failed', reason: text })
      if (!rowOnlyCodes.has(code)) stoppedBecause = text
    }
    done += 1
    deps.progress(done, total)
  }
  return { rows: results, stoppedBecause }
}

import { csvUserRowSchema, userTypeLabel } from '../../shared/admin/user-input'
import type { UserTypeNumber } from '../../shared/admin/user-input'
import type { BulkPreviewRow, UserStatusName } from '../../shared/ipc/contracts/users-contract'
import type { CsvUserRow } from './bulk-csv'

/** A row ready to send: only rows judged `create` carry one. */
export interface PlannedRow extends BulkPreviewRow {
  user?: { email: string; firstName: string; lastName: string; type: UserTypeNumber }
}

const statusWords: Record<UserStatusName, string> = {
  active: 'active',
  inactive: 'inactive (turned off)',
  pending: 'pending (invited, not accepted yet)'
}

/**
 * Decides what would happen to each row: create, already in Zoom, repeated in the file, or
 * invalid (and why). The first row with an email wins; later copies are duplicates.
 */
export function classifyRows(
  rows: readonly CsvUserRow[],
  existing: ReadonlyMap<string, UserStatusName>
): PlannedRow[] {
  const seen = new Map<string, number>()
  return rows.map((row) => {
    const base = {
      line: row.line,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName
    }
    const parsed = csvUserRowSchema.safeParse({
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      type: row.typeText
    })
    if (!parsed.success) {
      const reasons = [...new Set(parsed.error.issues.map((issue) => issue.message))]
      return { ...base, type: null, verdict: 'invalid', reason: reasons.join(' ') }
    }
    const user = parsed.data
    const key = user.email.toLowerCase()
    const firstLine = seen.get(key)
    if (firstLine !== undefined) {
      return {
        ...base,
        type: user.type,
        verdict: 'duplicate',
        reason: `Same email as line ${firstLine}; only that row is used.`
      }
    }
    seen.set(key, row.line)
    const status = existing.get(key)
    if (status) {
      return {
        ...base,
        type: user.type,
        verdict: 'exists',
        reason: `Listed as ${statusWords[status]}, so this row is skipped.`
      }
    }
    return {
      ...base,
      email: user.email,
      type: user.type,
      verdict: 'create',
      reason: `As a ${userTypeLabel(user.type)} user.`,
      user
    }
  })
}

export function countBy<K extends string>(
  keys: readonly K[],
  values: readonly K[]
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
  for (const value of values) counts[value] += 1
  return counts
}

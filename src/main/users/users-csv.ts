import type { BulkResultRow } from '../../shared/ipc/contracts/users-contract'
import { buildCsvTable, type CsvColumn, type CsvTable } from '../csv'
import type { ZoomUserListItem } from '../zoom'

const userTypes: Record<number, string> = { 1: 'Basic', 2: 'Licensed', 3: 'On-prem', 99: 'None' }

/** The users list as a file: the same columns from the window and from `headcount users`. */
export const userColumns: CsvColumn<ZoomUserListItem>[] = [
  { header: 'User ID', value: (u) => u.id ?? '' },
  { header: 'Email', value: (u) => u.email },
  { header: 'First Name', value: (u) => u.first_name ?? '' },
  { header: 'Last Name', value: (u) => u.last_name ?? '' },
  { header: 'Display Name', value: (u) => u.display_name ?? '' },
  { header: 'Type', value: (u) => userTypes[u.type] ?? String(u.type) },
  { header: 'Status', value: (u) => u.status ?? '' },
  { header: 'Department', value: (u) => u.dept ?? '' },
  { header: 'Time Zone', value: (u) => u.timezone ?? '' },
  { header: 'Created (UTC)', value: (u) => u.user_created_at ?? u.created_at ?? '' },
  { header: 'Last Sign-in (UTC)', value: (u) => u.last_login_time ?? '' }
]

/** The columns a bulk-add file needs, with no people yet: what "Download a template" saves. */
export const bulkTemplateTable: CsvTable & { rows: [] } = {
  headers: ['email', 'first_name', 'last_name', 'type'],
  rows: []
}

const outcomeWords: Record<BulkResultRow['outcome'], string> = {
  created: 'Added',
  skipped: 'Skipped',
  failed: 'Failed',
  'not-sent': 'Not sent (invalid)',
  'not-tried': 'Not tried'
}

const outcomeColumns: CsvColumn<BulkResultRow>[] = [
  { header: 'Line', value: (r) => r.line },
  { header: 'Email', value: (r) => r.email },
  { header: 'First Name', value: (r) => r.firstName },
  { header: 'Last Name', value: (r) => r.lastName },
  { header: 'Type', value: (r) => (r.type === null ? '' : (userTypes[r.type] ?? String(r.type))) },
  { header: 'Outcome', value: (r) => outcomeWords[r.outcome] },
  { header: 'Reason', value: (r) => r.reason }
]

/** What a bulk run did to each line of the file, as the window's outcome table shows it. */
export function bulkOutcomeTable(rows: readonly BulkResultRow[]): CsvTable & { rows: unknown[] } {
  return buildCsvTable(outcomeColumns, rows)
}

import { userTypeLabel } from '@shared/admin/user-input'
import type {
  BulkOutcome,
  BulkPreviewRow,
  BulkResultRow,
  BulkVerdict
} from '@shared/ipc/contracts/users-contract'

const verdictWords: Record<BulkVerdict, string> = {
  create: 'Would be added',
  exists: 'Already in Zoom',
  duplicate: 'Repeated in the file',
  invalid: 'Cannot be added'
}

const outcomeWords: Record<BulkOutcome, string> = {
  created: 'Added',
  skipped: 'Skipped',
  failed: 'Failed',
  'not-tried': 'Not tried'
}

function name(row: { firstName: string; lastName: string }): string {
  return `${row.firstName} ${row.lastName}`.trim() || '—'
}

/** The dry run: what would happen to each row, and why. */
export function BulkPreviewTable({ rows }: { rows: BulkPreviewRow[] }) {
  return (
    <table className="data-table" data-testid="bulk-preview">
      <caption className="visually-hidden">What would happen to each row of the file</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Email</th>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">What would happen</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className={`verdict-${row.verdict}`} data-testid="bulk-preview-row">
            <td>{row.line}</td>
            <td>{row.email || '—'}</td>
            <td>{name(row)}</td>
            <td>{row.type === null ? '—' : userTypeLabel(row.type)}</td>
            <td>
              <strong>{verdictWords[row.verdict]}.</strong> {row.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The real run: each row's outcome, and why. */
export function BulkResultTable({ rows }: { rows: BulkResultRow[] }) {
  return (
    <table className="data-table" data-testid="bulk-result">
      <caption className="visually-hidden">What happened to each row of the file</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Email</th>
          <th scope="col">Name</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className={`outcome-${row.outcome}`} data-testid="bulk-result-row">
            <td>{row.line}</td>
            <td>{row.email || '—'}</td>
            <td>{name(row)}</td>
            <td>
              <strong>{outcomeWords[row.outcome]}.</strong> {row.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

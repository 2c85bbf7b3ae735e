import { userTypeLabel } from '@shared/admin/user-input'
import type {
  BulkOutcome,
  BulkPreviewRow,
  BulkResultRow,
  BulkVerdict
} from '@shared/ipc/contracts/users-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column } from '../../components/data-table/columns'
import styles from './users.module.css'

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

/** Line, email and name: the columns both tables start with. */
function fileColumns<R extends BulkPreviewRow | BulkResultRow>(): Array<Column<R>> {
  return [
    { id: 'line', header: 'Line', cell: (row) => row.line },
    { id: 'email', header: 'Email', cell: (row) => row.email || '—' },
    { id: 'name', header: 'Name', cell: name }
  ]
}

/** A verdict in bold with its reason; refusals in the error colour. */
function Verdict(props: { words: string; reason: string; refused: boolean }) {
  return (
    <span className={props.refused ? styles.refused : undefined}>
      <strong>{props.words}.</strong> {props.reason}
    </span>
  )
}

const previewColumns: Array<Column<BulkPreviewRow>> = [
  ...fileColumns<BulkPreviewRow>(),
  {
    id: 'type',
    header: 'Type',
    cell: (row) => (row.type === null ? '—' : userTypeLabel(row.type))
  },
  {
    id: 'verdict',
    header: 'What would happen',
    cell: (row) => (
      <Verdict
        words={verdictWords[row.verdict]}
        reason={row.reason}
        refused={row.verdict === 'invalid'}
      />
    )
  }
]

const resultColumns: Array<Column<BulkResultRow>> = [
  ...fileColumns<BulkResultRow>(),
  {
    id: 'outcome',
    header: 'Outcome',
    cell: (row) => (
      <Verdict
        words={outcomeWords[row.outcome]}
        reason={row.reason}
        refused={row.outcome === 'failed'}
      />
    )
  }
]

/** The dry run: what would happen to each row, and why. */
export function BulkPreviewTable({ rows }: { rows: BulkPreviewRow[] }) {
  return (
    <DataTable
      caption="What would happen to each row of the file"
      captionHidden
      columns={previewColumns}
      rows={rows}
      rowKey={(row) => String(row.line)}
      testId="bulk-preview"
      rowTestId="bulk-preview-row"
    />
  )
}

/** The real run: each row's outcome, and why. */
export function BulkResultTable({ rows }: { rows: BulkResultRow[] }) {
  return (
    <DataTable
      caption="What happened to each row of the file"
      captionHidden
      columns={resultColumns}
      rows={rows}
      rowKey={(row) => String(row.line)}
      testId="bulk-result"
      rowTestId="bulk-result-row"
    />
  )
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

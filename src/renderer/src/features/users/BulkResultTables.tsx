import {
  bulkOutcomeWords as outcomeWords,
  bulkVerdictWords as verdictWords
} from '@shared/admin/bulk-words'
import { userTypeLabel } from '@shared/admin/user-input'
import type { BulkPreviewRow, BulkResultRow } from '@shared/ipc/contracts/users-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column } from '../../components/data-table/columns'
import styles from './users.module.css'

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

/** The last column: a verdict in bold with its reason; refusals in the error colour. */
function verdictColumn<R extends BulkPreviewRow | BulkResultRow>(
  id: string,
  header: string,
  verdict: (row: R) => { words: string; refused: boolean }
): Column<R> {
  return {
    id,
    header,
    cell: (row) => {
      const { words, refused } = verdict(row)
      return (
        <span className={refused ? styles.refused : undefined}>
          <strong>{words}.</strong> {row.reason}
        </span>
      )
    }
  }
}

const previewColumns: Array<Column<BulkPreviewRow>> = [
  ...fileColumns<BulkPreviewRow>(),
  {
    id: 'type',
    header: 'Type',
    cell: (row) => (row.type === null ? '—' : userTypeLabel(row.type))
  },
  verdictColumn('verdict', 'What would happen', (row) => ({
    words: verdictWords[row.verdict],
    refused: row.verdict === 'invalid'
  }))
]

const resultColumns: Array<Column<BulkResultRow>> = [
  ...fileColumns<BulkResultRow>(),
  verdictColumn('outcome', 'Outcome', (row) => ({
    words: outcomeWords[row.outcome],
    refused: row.outcome === 'failed'
  }))
]

/** One row per line of the file, with its fate. */
function FileRowsTable<R extends BulkPreviewRow | BulkResultRow>(props: {
  caption: string
  columns: Array<Column<R>>
  rows: R[]
  testId: string
}) {
  return (
    <DataTable
      {...props}
      captionHidden
      rowKey={(row) => String(row.line)}
      rowTestId={`${props.testId}-row`}
    />
  )
}

/** The dry run: what would happen to each row, and why. */
export function BulkPreviewTable({ rows }: { rows: BulkPreviewRow[] }) {
  const caption = 'What would happen to each row of the file'
  return (
    <FileRowsTable caption={caption} columns={previewColumns} rows={rows} testId="bulk-preview" />
  )
}

/** The real run: each row's outcome, and why. */
export function BulkResultTable({ rows }: { rows: BulkResultRow[] }) {
  const caption = 'What happened to each row of the file'
  return (
    <FileRowsTable caption={caption} columns={resultColumns} rows={rows} testId="bulk-result" />
  )
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

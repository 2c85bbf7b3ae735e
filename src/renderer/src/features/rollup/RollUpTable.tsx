import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column } from '../../components/data-table/columns'

export type RollUpPerson = RollUpView['people'][number]

/** A roll-up row: a person, keyed so the table can keep it while scrolling. */
export interface PersonRow {
  key: string
  person: RollUpPerson
}

/** The name and email columns every roll-up layout starts with; the name stays in view. */
export function personColumns<R extends PersonRow>(widths: [string, string]): Array<Column<R>> {
  return [
    {
      id: 'name',
      header: 'Name',
      width: widths[0],
      rowHeader: true,
      cell: (r) => r.person.name || '(no name)'
    },
    {
      id: 'email',
      header: 'Email',
      width: widths[1],
      truncate: true,
      cell: (r) => r.person.email || '—'
    }
  ]
}

/** A roll-up layout as a table: many people, so it scrolls and keeps only rows in view. */
export function RollUpTable<R extends PersonRow>(props: {
  caption: string
  columns: Array<Column<R>>
  rows: R[]
  minWidth: string
  testId: string
}) {
  return (
    <DataTable
      {...props}
      captionHidden
      rowKey={(row) => row.key}
      scroll={{ maxHeight: 480, rowHeight: 37 }}
      frozenFirstColumn
    />
  )
}

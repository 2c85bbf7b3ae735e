import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { DataTable } from '../../components/data-table/DataTable'
import type { Column, SortOrder } from '../../components/data-table/columns'
import { useRollUpStore } from '../../stores/use-rollup-store'
import ui from '../../styles/ui.module.css'
import styles from './rollup.module.css'

export type RollUpPerson = RollUpView['people'][number]

/** A roll-up row: a person, keyed so the table can keep it while scrolling. */
export interface PersonRow {
  key: string
  person: RollUpPerson
}

/** The name, with the host marked and a name-only match flagged for checking. */
function NameCell({ person }: { person: RollUpPerson }) {
  return (
    <>
      {person.name || '(no name)'}
      {person.host ? <span className={ui.badge}>Host</span> : null}
      {person.nameOnly ? (
        <span
          className={styles.check}
          title="These sessions were tied together by the display name only."
        >
          {' '}
          <span aria-hidden="true">⚠</span> check this match
        </span>
      ) : null}
    </>
  )
}

/** The name and email columns every roll-up layout starts with; the name stays in view. */
export function personColumns<R extends PersonRow>(
  widths: [string, string],
  sortable: boolean
): Array<Column<R>> {
  return [
    {
      id: 'name',
      header: 'Name',
      width: widths[0],
      rowHeader: true,
      sortValue: sortable ? (r) => r.person.name : undefined,
      cell: (r) => <NameCell person={r.person} />
    },
    {
      id: 'email',
      header: 'Email',
      width: widths[1],
      truncate: true,
      sortValue: sortable ? (r) => r.person.email : undefined,
      cell: (r) => r.person.email || '—'
    }
  ]
}

/**
 * A roll-up layout as a table: many people, so it scrolls and keeps only rows in view. The
 * order is the store's (the same one an export sends); rows come already in it.
 */
export function RollUpTable<R extends PersonRow>(props: {
  caption: string
  columns: Array<Column<R>>
  rows: R[]
  minWidth: string
  testId: string
  sorted?: boolean
}) {
  const sort = useRollUpStore((s) => s.sort)
  const setSort = useRollUpStore((s) => s.setSort)
  return (
    <DataTable
      caption={props.caption}
      columns={props.columns}
      rows={props.rows}
      minWidth={props.minWidth}
      testId={props.testId}
      captionHidden
      rowKey={(row) => row.key}
      scroll={{ maxHeight: 480, rowHeight: 37 }}
      frozenFirstColumn
      sort={props.sorted ? sort : null}
      onSortChange={(next: SortOrder<string>) => setSort(next)}
    />
  )
}

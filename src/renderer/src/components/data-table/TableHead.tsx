import clsx from 'clsx'
import { nextSort } from './columns'
import type { Column, SortOrder } from './columns'
import styles from './DataTable.module.css'

/** The header row: a sortable column's header is a button, and aria-sort says the order. */
export function TableHead<T, Key extends string>(props: {
  columns: ReadonlyArray<Column<T, Key>>
  sort: SortOrder<Key> | null
  onSort(sort: SortOrder<Key>): void
  indexed: boolean
}) {
  return (
    <thead>
      <tr aria-rowindex={props.indexed ? 1 : undefined}>
        {props.columns.map((column) => {
          const active = props.sort?.key === column.id ? props.sort : null
          return (
            <th
              key={column.id}
              scope="col"
              className={clsx(column.align === 'end' && styles.end)}
              aria-sort={active ? (active.descending ? 'descending' : 'ascending') : undefined}
            >
              {column.sortValue ? (
                <button
                  type="button"
                  className={styles.sortButton}
                  onClick={() => props.onSort(nextSort(props.sort, column.id))}
                >
                  {column.header}
                  <span aria-hidden="true" className={styles.sortMark}>
                    {active ? (active.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              ) : (
                column.header
              )}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}

import { useId, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import clsx from 'clsx'
import { sortRows } from './columns'
import type { Column, SortOrder } from './columns'
import { TableHead } from './TableHead'
import { PlainBody, VirtualBody } from './TableBody'
import ui from '../../styles/ui.module.css'
import styles from './DataTable.module.css'

export interface DataTableProps<T, Key extends string = string> {
  /** Names the table (and its scroll box) for everyone; hidden on screen if asked. */
  caption: string
  captionHidden?: boolean
  columns: ReadonlyArray<Column<T, Key>>
  rows: readonly T[]
  rowKey(row: T): string
  /**
   * Keep the order outside (a store): pass `sort` and `onSortChange`, and give the rows
   * already in that order. Without `sort` the table sorts by each column's `sortValue`.
   */
  sort?: SortOrder<Key> | null
  onSortChange?(sort: SortOrder<Key>): void
  initialSort?: SortOrder<Key>
  /**
   * Large data: the body scrolls in a box this tall and only the rows in view (and a few
   * more) are in the page. `rowHeight` is the expected height of one row.
   */
  scroll?: { maxHeight: number; rowHeight: number }
  /** Keeps the first column in view while the table scrolls sideways (wide matrices). */
  frozenFirstColumn?: boolean
  /** Wide tables: the least width before the box scrolls sideways, e.g. '60rem'. */
  minWidth?: string
  /** Content shown in a full-width row under a row (an audit trail), or null for none. */
  expandedRow?(row: T): ReactNode | null
  rowClassName?(row: T): string | undefined
  testId?: string
  rowTestId?: string
}

/** The one table every screen uses: columns, caption, sorting and, for large data, virtual rows. */
export function DataTable<T, Key extends string = string>(props: DataTableProps<T, Key>) {
  const captionId = useId()
  const [ownSort, setOwnSort] = useState<SortOrder<Key> | null>(props.initialSort ?? null)
  const controlled = props.sort !== undefined
  const sort = controlled ? (props.sort ?? null) : ownSort
  const { rows: given, columns } = props
  const rows = useMemo(
    () => (controlled ? given : sortRows(given, columns, ownSort)),
    [controlled, given, columns, ownSort]
  )
  const onSort = (next: SortOrder<Key>): void => {
    if (controlled) props.onSortChange?.(next)
    else setOwnSort(next)
  }
  const scroll = props.scroll
  const table = (scrollElement: HTMLDivElement | null) => (
    <table
      className={clsx(
        styles.table,
        scroll && styles.fixed,
        props.frozenFirstColumn && styles.frozen
      )}
      style={props.minWidth ? { minWidth: props.minWidth } : undefined}
      aria-rowcount={scroll ? rows.length + 1 : undefined}
      data-testid={props.testId}
    >
      <caption id={captionId} className={clsx(props.captionHidden && ui.visuallyHidden)}>
        {props.caption}
      </caption>
      {scroll ? (
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
      ) : null}
      <TableHead columns={columns} sort={sort} onSort={onSort} indexed={scroll !== undefined} />
      {scroll ? (
        <VirtualBody {...props} rows={rows} scroll={scroll} scrollElement={scrollElement} />
      ) : (
        <PlainBody {...props} rows={rows} />
      )}
    </table>
  )
  return scroll ? (
    <ScrollBox labelledBy={captionId} maxHeight={scroll.maxHeight}>
      {table}
    </ScrollBox>
  ) : (
    <div className={clsx(ui.card, styles.frame)}>{table(null)}</div>
  )
}

/** The focusable box a large table scrolls in (keyboard users scroll it with the arrow keys). */
function ScrollBox(props: {
  labelledBy: string
  maxHeight: number
  children(element: HTMLDivElement | null): ReactNode
}) {
  const [element, setElement] = useState<HTMLDivElement | null>(null)
  return (
    <div
      ref={setElement}
      className={clsx(ui.card, styles.frame, styles.scroll)}
      style={{ maxHeight: props.maxHeight }}
      tabIndex={0}
      role="region"
      aria-labelledby={props.labelledBy}
    >
      {props.children(element)}
    </div>
  )
}

import { useVirtualizer } from '@tanstack/react-virtual'
import clsx from 'clsx'
import type { Column } from './columns'
import type { DataTableProps } from './DataTable'
import styles from './DataTable.module.css'

type BodyProps<T, Key extends string> = Pick<
  DataTableProps<T, Key>,
  'columns' | 'rowKey' | 'expandedRow' | 'rowClassName' | 'rowTestId'
> & { rows: readonly T[] }

/** Every row in the page: for tables of a few hundred rows at most. */
export function PlainBody<T, Key extends string>(props: BodyProps<T, Key>) {
  return (
    <tbody>
      {props.rows.map((row) => (
        <TableRow key={props.rowKey(row)} {...props} row={row} />
      ))}
    </tbody>
  )
}

/**
 * Only the rows in view (plus a few) are in the page, between two spacers as tall as the rows
 * left out, so 50,000 rows scroll smoothly. Each row sits in its own row group, which is what
 * gets measured, so an opened row (its audit trail) counts at its real height.
 */
export function VirtualBody<T, Key extends string>(
  props: BodyProps<T, Key> & {
    scroll: { rowHeight: number }
    scrollElement: HTMLDivElement | null
  }
) {
  const { rows, rowKey, scrollElement } = props
  // We do not use the React Compiler, so the virtualizer's unmemoisable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => props.scroll.rowHeight,
    overscan: 12,
    getItemKey: (index) => {
      const row = rows[index]
      return row === undefined ? index : rowKey(row)
    }
  })
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    <>
      <Spacer height={before} span={props.columns.length} />
      {items.map((item) => {
        const row = rows[item.index]
        if (row === undefined) return null
        return (
          <tbody key={item.key} ref={virtualizer.measureElement} data-index={item.index}>
            <TableRow {...props} row={row} rowIndex={item.index + 2} />
          </tbody>
        )
      })}
      <Spacer height={after} span={props.columns.length} />
    </>
  )
}

function Spacer({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null
  return (
    <tbody aria-hidden="true">
      <tr className={styles.spacer}>
        <td colSpan={span} style={{ height }} />
      </tr>
    </tbody>
  )
}

function TableRow<T, Key extends string>(props: BodyProps<T, Key> & { row: T; rowIndex?: number }) {
  const { row, columns } = props
  const expanded = props.expandedRow?.(row) ?? null
  return (
    <>
      <tr
        aria-rowindex={props.rowIndex}
        className={props.rowClassName?.(row)}
        data-testid={props.rowTestId}
      >
        {columns.map((column) => (
          <Cell key={column.id} column={column} row={row} />
        ))}
      </tr>
      {expanded === null ? null : (
        <tr className={styles.expansion}>
          <td colSpan={columns.length}>{expanded}</td>
        </tr>
      )}
    </>
  )
}

function Cell<T, Key extends string>({ column, row }: { column: Column<T, Key>; row: T }) {
  const className = clsx(
    column.align === 'end' && styles.end,
    column.truncate && styles.truncate,
    column.breakAnywhere && styles.anywhere
  )
  const content = column.cell(row)
  // A cut-off email can still be read in full: it is the cell's tooltip.
  const title = column.truncate && typeof content === 'string' ? content : undefined
  return column.rowHeader ? (
    <th scope="row" className={className} title={title}>
      {content}
    </th>
  ) : (
    <td className={className} title={title}>
      {content}
    </td>
  )
}

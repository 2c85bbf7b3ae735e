/**
 * What a DataTable is made of: its columns (header, cell, optional sort value, alignment,
 * width) and its sort order, plus the one comparison every sortable table uses.
 */
import type { ReactNode } from 'react'
import { compareValues } from '@shared/attendance/compare-values'

export interface Column<T, Key extends string = string> {
  /** Names the column; it is also the sort key a store keeps. */
  id: Key
  header: ReactNode
  cell(row: T): ReactNode
  /** Makes the column sortable: the value each row is ordered by (blanks sort last). */
  sortValue?(row: T): string | number | null
  align?: 'start' | 'end'
  /** A CSS width, e.g. '12rem' or '18%'; tables that scroll need one on every column. */
  width?: string
  /** The cell names its row for screen readers (rendered as a row header). */
  rowHeader?: boolean
  /** In a scrolling table: one line, ending in "…" when too long (such as emails). */
  truncate?: boolean
  /** Long unbroken text (emails) may wrap at any letter in a squeezed table; words elsewhere stay whole. */
  breakAnywhere?: boolean
}

export interface SortOrder<Key extends string = string> {
  key: Key
  descending: boolean
}

// Numbers by value, text ignoring case and accents, blanks last: the same order main sorts in.
export { compareValues }

/** The order after choosing a column: the same column flips, a new one starts ascending. */
export function nextSort<Key extends string>(
  current: SortOrder<Key> | null,
  key: Key
): SortOrder<Key> {
  return { key, descending: current?.key === key ? !current.descending : false }
}

/** Rows in the chosen order, blanks last either way; a stable sort keeps ties as they came. */
export function sortRows<T, Key extends string>(
  rows: readonly T[],
  columns: ReadonlyArray<Column<T, Key>>,
  sort: SortOrder<Key> | null
): readonly T[] {
  const column = sort ? columns.find((c) => c.id === sort.key) : undefined
  const value = column?.sortValue
  if (!sort || !value) return rows
  return rows
    .map((row) => ({ row, key: value(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return compareValues(a.key, b.key)
      const order = compareValues(a.key, b.key)
      return sort.descending ? -order : order
    })
    .map((entry) => entry.row)
}

/**
 * A cell: text is escaped against formulas, numbers we computed are written as plain numbers,
 * null/undefined are blank. IDs must be passed as strings, never numbers (int64 meeting ids).
 */
export type CsvCell = string | number | null | undefined

export interface CsvTable {
  headers: readonly string[]
  rows: Iterable<readonly CsvCell[]> | AsyncIterable<readonly CsvCell[]>
}

/** A column of a generic export: a header and how to read its cell from an item. */
export interface CsvColumn<T> {
  header: string
  value: (item: T) => CsvCell
}

/** Builds a table from items and column definitions (users list, meetings list, ...). */
export function buildCsvTable<T>(
  columns: readonly CsvColumn<T>[],
  items: Iterable<T>
): { headers: string[]; rows: CsvCell[][] } {
  const rows: CsvCell[][] = []
  for (const item of items) rows.push(columns.map((column) => column.value(item)))
  return { headers: columns.map((column) => column.header), rows }
}

/** Yes/No for booleans, which Excel users read more easily than TRUE/FALSE. */
export function yesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  return value ? 'Yes' : 'No'
}

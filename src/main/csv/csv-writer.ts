import { Readable } from 'node:stream'
import { stringify, type Options } from 'csv-stringify/sync'
import type { CsvCell, CsvTable } from './csv-table'
import { guardText } from './formula-guard'

export const utf8Bom = '\uFEFF'

// RFC 4180 quoting comes from csv-stringify. With a CRLF record delimiter it would leave a lone
// CR or LF unquoted, which Excel reads as a new row, so those are matched here. We also quote
// guarded cells (the OWASP recipe) and cells holding `;`, which Excel splits on in locales that
// use `;` as the list separator.
const stringifyOptions: Options = {
  record_delimiter: '\r\n',
  quoted_match: [/[\r\n]/, /^'/, /;/],
  eof: true
}

const batchSize = 1000

/** The exact text a cell becomes before CSV quoting. */
export function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  return guardText(String(cell))
}

/** Every row has the header's width: RFC 4180 wants the same field count on each line. */
function cellsOf(row: readonly CsvCell[], width: number): string[] {
  const out = new Array<string>(width)
  for (let i = 0; i < width; i++) out[i] = cellText(row[i])
  return out
}

/** The whole file as a string: BOM, header row, CRLF after every row. */
export function toCsvString(table: {
  headers: readonly string[]
  rows: Iterable<readonly CsvCell[]>
}): string {
  const width = table.headers.length
  const records: string[][] = [cellsOf(table.headers, width)]
  for (const row of table.rows) records.push(cellsOf(row, width))
  return utf8Bom + stringify(records, stringifyOptions)
}

/** The same text as toCsvString, in chunks of many rows; rows may arrive asynchronously. */
export async function* csvChunks(table: CsvTable): AsyncGenerator<string> {
  const width = table.headers.length
  let batch: string[][] = [cellsOf(table.headers, width)]
  let first = true
  for await (const row of table.rows) {
    batch.push(cellsOf(row, width))
    if (batch.length >= batchSize) {
      yield (first ? utf8Bom : '') + stringify(batch, stringifyOptions)
      first = false
      batch = []
    }
  }
  yield (first ? utf8Bom : '') + stringify(batch, stringifyOptions)
}

/** A readable stream of the CSV text, e.g. to pipe to stdout. */
export function toCsvStream(table: CsvTable): Readable {
  return Readable.from(csvChunks(table), { objectMode: false })
}

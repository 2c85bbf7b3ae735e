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
  // One combined pattern: csv-stringify tests every field against every pattern.
  quoted_match: /[\r\n;]|^'/,
  eof: true
}

const batchSize = 1000

/** The exact text a cell becomes before CSV quoting. */
export function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  return guardText(String(cell))
}

/**
 * Turns rows into CSV text a batch at a time. Every row gets the header's width (RFC 4180 wants
 * the same field count on each line). The row arrays are reused between batches, because
 * csv-stringify finishes with them before it returns and a 100,000-row export would otherwise
 * allocate 100,000 of them.
 */
class CsvBatcher {
  private readonly records: string[][]
  private used = 0

  constructor(private readonly width: number) {
    this.records = Array.from({ length: batchSize }, () => new Array<string>(width))
  }

  /** Adds a row; returns the batch's text when the batch is full, else ''. */
  add(row: readonly CsvCell[]): string {
    const record = this.records[this.used++]
    for (let i = 0; i < this.width; i++) record[i] = cellText(row[i])
    return this.used === batchSize ? this.flush() : ''
  }

  flush(): string {
    if (this.used === 0) return ''
    const input = this.used === batchSize ? this.records : this.records.slice(0, this.used)
    this.used = 0
    return stringify(input, stringifyOptions)
  }
}

/** The whole file as a string: BOM, header row, CRLF after every row. */
export function toCsvString(table: {
  headers: readonly string[]
  rows: Iterable<readonly CsvCell[]>
}): string {
  const batcher = new CsvBatcher(table.headers.length)
  // In batches: csv-stringify slows down sharply on one very large input.
  const parts: string[] = [utf8Bom, batcher.add(table.headers)]
  for (const row of table.rows) {
    const text = batcher.add(row)
    if (text !== '') parts.push(text)
  }
  parts.push(batcher.flush())
  return parts.join('')
}

/** The same text as toCsvString, in chunks of many rows; rows may arrive asynchronously. */
export async function* csvChunks(table: CsvTable): AsyncGenerator<string> {
  const batcher = new CsvBatcher(table.headers.length)
  let pending = utf8Bom + batcher.add(table.headers)
  for await (const row of table.rows) {
    const text = batcher.add(row)
    if (text !== '') {
      yield pending + text
      pending = ''
    }
  }
  yield pending + batcher.flush()
}

/** A readable stream of the CSV text, e.g. to pipe to stdout. */
export function toCsvStream(table: CsvTable): Readable {
  return Readable.from(csvChunks(table), { objectMode: false })
}

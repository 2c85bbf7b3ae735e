import { Readable } from 'node:stream'
import type { CsvCell, CsvTable } from './csv-table'
import { guardText } from './formula-guard'

export const utf8Bom = '\uFEFF'

/**
 * RFC 4180 with CRLF line ends, written here rather than by a CSV library: quoting is the whole
 * job, and doing only that keeps a 100,000-row export within 2.5 × JSON.stringify of its rows
 * (csv-stringify took most of the time on per-field options). A field is quoted, with quotes
 * doubled, when it holds a comma, a quote, a CR or an LF (a lone CR or LF too, which Excel reads
 * as a new row), a `;` (Excel splits on it in locales using `;` as the list separator), or starts
 * with `'` (the formula guard's prefix, so the cell reads back exactly). The property test in
 * test/unit/csv checks that csv-parse reads back exactly what was written.
 */
const needsQuotes = /[",\r\n;]/
const quote = /"/g

function field(text: string): string {
  if (text.charCodeAt(0) !== 0x27 && !needsQuotes.test(text)) return text
  return `"${text.includes('"') ? text.replace(quote, '""') : text}"`
}

/** The exact text a cell becomes before CSV quoting. */
export function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  return guardText(String(cell))
}

/**
 * Turns rows into records with CRLF; every row gets the header's width (RFC 4180). Fields and
 * separators go straight into the caller's list of parts, joined once per batch, rather than
 * being concatenated field by field (one short-lived string per field). Columns often repeat a
 * value from the row before (the meeting, a status, Yes/No), so each column remembers its last
 * cell and text and skips guarding and quoting it again.
 */
class RecordWriter {
  private readonly lastCell: CsvCell[]
  private readonly lastText: string[]

  constructor(private readonly width: number) {
    this.lastCell = new Array<CsvCell>(width).fill(null)
    this.lastText = new Array<string>(width).fill('')
  }

  write(row: readonly CsvCell[], parts: string[]): void {
    const last = this.width - 1
    for (let i = 0; i <= last; i++) {
      const cell = row[i]
      let text: string
      if (cell === this.lastCell[i]) text = this.lastText[i]
      else {
        // Numbers we computed never need quoting or guarding (a minus sign is not text here).
        text =
          typeof cell === 'number'
            ? Number.isFinite(cell)
              ? String(cell)
              : ''
            : field(cellText(cell))
        this.lastCell[i] = cell
        this.lastText[i] = text
      }
      parts.push(text, i === last ? '\r\n' : ',')
    }
  }
}

const batchSize = 1000

/** The whole file as a string: BOM, header row, CRLF after every row. */
export function toCsvString(table: {
  headers: readonly string[]
  rows: Iterable<readonly CsvCell[]>
}): string {
  const writer = new RecordWriter(table.headers.length)
  const chunks: string[] = []
  let parts: string[] = [utf8Bom]
  writer.write(table.headers, parts)
  let rows = 0
  // Joined a batch at a time: one join of millions of parts is slower than many small ones.
  for (const row of table.rows) {
    writer.write(row, parts)
    if (++rows === batchSize) {
      chunks.push(parts.join(''))
      parts = []
      rows = 0
    }
  }
  chunks.push(parts.join(''))
  return chunks.join('')
}

/** The same text as toCsvString, in chunks of many rows; rows may arrive asynchronously. */
export async function* csvChunks(table: CsvTable): AsyncGenerator<string> {
  const writer = new RecordWriter(table.headers.length)
  let parts: string[] = [utf8Bom]
  writer.write(table.headers, parts)
  let rows = 0
  const full = (row: readonly CsvCell[]): boolean => {
    writer.write(row, parts)
    return ++rows === batchSize
  }
  // Rows already in memory are read without an await each (the profile's top cost of an export).
  const source = table.rows
  if (Symbol.iterator in source) {
    for (const row of source) {
      if (!full(row)) continue
      yield parts.join('')
      parts = []
      rows = 0
    }
  } else {
    for await (const row of source) {
      if (!full(row)) continue
      yield parts.join('')
      parts = []
      rows = 0
    }
  }
  yield parts.join('')
}

/** A readable stream of the CSV text, e.g. to pipe to stdout. */
export function toCsvStream(table: CsvTable): Readable {
  return Readable.from(csvChunks(table), { objectMode: false })
}

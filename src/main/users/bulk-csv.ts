import { parse } from 'csv-parse/sync'
import { AppFailure } from '../../shared/app-error'

/** A data row of a bulk-add file: raw cell text, and its line for the admin to find it. */
export interface CsvUserRow {
  line: number
  email: string
  firstName: string
  lastName: string
  typeText: string
}

/** More rows than this is not a staff list; Zoom's own daily invite cap on Free is 50. */
export const maxCsvRows = 2000

type Column = 'email' | 'firstName' | 'lastName' | 'typeText'

/** Header spellings people use, compared after lower-casing and dropping spaces, _ and -. */
const headerNames: Record<string, Column> = {
  email: 'email',
  emailaddress: 'email',
  firstname: 'firstName',
  first: 'firstName',
  givenname: 'firstName',
  lastname: 'lastName',
  last: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  type: 'typeText',
  usertype: 'typeText',
  licence: 'typeText',
  license: 'typeText'
}

function columnOf(header: string): Column | undefined {
  return headerNames[header.toLowerCase().replace(/[\s_-]+/g, '')]
}

function fileFailure(message: string, remedy: string): AppFailure {
  return new AppFailure({ code: 'file', message, remedy })
}

const expectedHeader = 'The first row must name the columns: email, first_name, last_name, type.'

type ParsedRecord = { record: string[]; info: { lines: number } }

/**
 * Excel writes "CSV" with semicolons where the decimal mark is a comma (much of Europe), and
 * tabs for "Unicode text": the header row says which one this file uses.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const outsideQuotes = header.replace(/"[^"]*"/g, '')
  const count = (mark: string): number => outsideQuotes.split(mark).length - 1
  const [best] = ([',', ';', '\t'] as const)
    .map((mark) => ({ mark, n: count(mark) }))
    .sort((a, b) => b.n - a.n)
  return best && best.n > 0 ? best.mark : ','
}

function readRecords(text: string): ParsedRecord[] {
  try {
    return parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true
    }) as unknown as ParsedRecord[]
  } catch (error) {
    const where = (error as { lines?: number }).lines
    throw fileFailure(
      `This file could not be read as a CSV file${where ? ` (near line ${where})` : ''}.`,
      'Save it from your spreadsheet as “CSV UTF-8 (comma delimited)” and choose it again.'
    )
  }
}

/**
 * Reads a bulk-add CSV file: a header row (any case, spaces or underscores, a BOM) then one
 * user per row. Problems with the file as a whole throw; problems with one row are left for
 * the row checks so the admin sees every row's fate at once.
 */
export function parseUsersCsv(text: string): CsvUserRow[] {
  const records = readRecords(text)
  const [header, ...data] = records
  if (!header) throw fileFailure('This file is empty.', expectedHeader)
  const columns = header.record.map(columnOf)
  if (!columns.includes('email')) {
    throw fileFailure('This file has no “email” column.', expectedHeader)
  }
  if (data.length === 0) {
    throw fileFailure('This file has a header row but no people in it.', 'Add one row per person.')
  }
  if (data.length > maxCsvRows) {
    throw fileFailure(
      `This file has ${data.length} rows; Headcount adds at most ${maxCsvRows} at a time.`,
      'Split the file into smaller files and add them one after another.'
    )
  }
  return data.map(({ record, info }) => {
    const row: CsvUserRow = {
      line: info.lines,
      email: '',
      firstName: '',
      lastName: '',
      typeText: ''
    }
    columns.forEach((column, index) => {
      if (column && row[column] === '') row[column] = record[index] ?? ''
    })
    return row
  })
}

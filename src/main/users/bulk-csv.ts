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

/** The header row Headcount's template writes; other spellings are accepted (see headerNames). */
export const bulkCsvHeaders = ['email', 'first_name', 'last_name', 'type']

const expectedHeader = `The first row must name the columns: ${bulkCsvHeaders.join(', ')}.`

type ParsedRecord = { record: string[]; info: { lines: number } }

/** Excel writes `;` where the decimal mark is a comma (much of Europe), and tabs as "Unicode text". */
const delimiters = [',', ';', '\t'] as const

/**
 * The delimiter whose header row names an email column; failing that, the one that splits the
 * header into most columns, so the "no email column" message still names what was found.
 */
function detectDelimiter(text: string): string {
  let best: { delimiter: string; columns: number } = { delimiter: ',', columns: 0 }
  for (const delimiter of delimiters) {
    let header: string[]
    try {
      header =
        (parse(text, { bom: true, delimiter, to_line: 1, trim: true }) as string[][])[0] ?? []
    } catch {
      continue
    }
    if (header.some((cell) => columnOf(cell) === 'email')) return delimiter
    if (header.length > best.columns) best = { delimiter, columns: header.length }
  }
  return best.delimiter
}

function readRecords(text: string): ParsedRecord[] {
  try {
    return parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
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

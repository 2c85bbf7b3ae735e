/**
 * The alias CSV (Name, Email, Alias): an organisation's volunteer roster in, the book's aliases
 * out. Name is the person's name, for the reader; Alias is the other name or email they join as.
 * Written through the one CSV writer (BOM, CRLF, formula-safe) like every export.
 */
import { parse } from 'csv-parse/sync'
import { AppFailure } from '../../shared/app-error'
import type { IdentityAction } from '../archive'
import type { CsvCell } from '../csv'

export const aliasCsvHeaders = ['Name', 'Email', 'Alias'] as const

export interface AliasRow {
  line: number
  name: string
  email: string
  alias: string
}

export interface ParsedAliases {
  rows: AliasRow[]
  /** One sentence per row that cannot be used, naming its line. */
  problems: string[]
}

/** A roster is small; this keeps a wrong file (a whole export) from flooding the book. */
export const maxAliasRows = 5000

const emailShape = /^[^\s@]+@[^\s@]+$/

export function aliasCsvTable(actions: readonly IdentityAction[]): {
  headers: string[]
  rows: CsvCell[][]
} {
  const rows = actions
    .filter((a) => a.kind === 'alias' && a.undoneAtMs === null)
    .map((a): CsvCell[] => [a.name, a.email, a.alias])
  return { headers: [...aliasCsvHeaders], rows }
}

function fileFailure(message: string): AppFailure {
  return new AppFailure({
    code: 'file',
    message,
    remedy: 'Use three columns named Name, Email and Alias (Headcount’s alias export has them).'
  })
}

/** Reads the file; problems with the whole file throw, problems with a row are listed. */
export function parseAliasCsv(text: string): ParsedAliases {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true
    }) as unknown as typeof records
  } catch (error) {
    const where = (error as { lines?: number }).lines
    throw fileFailure(
      `This file could not be read as a CSV file${where ? ` (near line ${where})` : ''}.`
    )
  }
  const [header, ...data] = records
  if (!header) throw fileFailure('This file is empty.')
  const column = (name: string): number =>
    header.record.findIndex((cell) => cell.trim().toLowerCase() === name)
  const at = { name: column('name'), email: column('email'), alias: column('alias') }
  if (at.email < 0 || at.alias < 0) {
    throw fileFailure('This file has no “Email” and “Alias” columns.')
  }
  if (data.length > maxAliasRows) {
    throw fileFailure(`This file has ${data.length} rows; Headcount reads at most ${maxAliasRows}.`)
  }
  const rows: AliasRow[] = []
  const problems: string[] = []
  for (const { record, info } of data) {
    const cell = (index: number): string => (index < 0 ? '' : (record[index] ?? '').trim())
    const row = {
      line: info.lines,
      name: cell(at.name),
      email: cell(at.email),
      alias: cell(at.alias)
    }
    if (!emailShape.test(row.email)) {
      problems.push(`Line ${row.line}: “${row.email}” is not an email address, so it was skipped.`)
    } else if (row.alias === '') {
      problems.push(`Line ${row.line}: the Alias is empty, so it was skipped.`)
    } else if (row.alias.toLowerCase() === row.email.toLowerCase()) {
      problems.push(`Line ${row.line}: the Alias is the same as the Email, so it was skipped.`)
    } else rows.push(row)
  }
  return { rows, problems }
}

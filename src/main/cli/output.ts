import { resolve } from 'node:path'
import { toCsvString, saveCsvFile, type CsvCell } from '../csv'
import type { CliIo } from './cli-io'

export interface CsvResult {
  headers: string[]
  rows: CsvCell[][]
}

/** Without --csv the CSV goes to stdout; with it, the file is written atomically. */
export async function deliverCsv(
  table: CsvResult,
  csvPath: string | undefined,
  io: CliIo
): Promise<void> {
  if (csvPath === undefined) {
    io.stdout.write(toCsvString(table))
    return
  }
  const path = resolve(io.cwd ?? process.cwd(), csvPath)
  await saveCsvFile(path, table)
  const rows = table.rows.length
  io.stderr.write(`Saved ${rows} ${rows === 1 ? 'row' : 'rows'} to ${path}\n`)
}

/** Notes about the data go to stderr, so stdout stays pure CSV. */
export function writeNotes(notes: readonly string[], io: CliIo): void {
  for (const note of notes) io.stderr.write(`Note: ${note}\n`)
}

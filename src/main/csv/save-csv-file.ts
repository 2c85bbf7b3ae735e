import { writeFileAtomic } from '../files/atomic-file'
import { fileWriteFailure } from '../files/file-error-sentences'
import type { CsvTable } from './csv-table'
import { csvChunks } from './csv-writer'

/**
 * Saves a CSV where the person chose, through the one atomic writer (files/atomic-file.ts): a
 * reader never sees half a file, and a failure leaves an existing file untouched. A failure is
 * told with the sentences every file write shares.
 */
export async function saveCsvFile(path: string, table: CsvTable): Promise<void> {
  try {
    // Exports are the admin's own documents: readable like any file they save, flushed to disk.
    await writeFileAtomic(path, csvChunks(table), { mode: 0o644, flush: true })
  } catch (error) {
    throw fileWriteFailure(error, path, 'chosen')
  }
}

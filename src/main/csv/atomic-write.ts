import { basename } from 'node:path'
import { AppFailure } from '../../shared/app-error'
import { writeFileAtomic } from '../files/atomic-file'
import type { CsvTable } from './csv-table'
import { csvChunks } from './csv-writer'

/**
 * Writes the CSV next to its destination under a temporary name, flushes it to disk, then
 * renames it into place, so a reader never sees half a file. Any failure removes the temporary
 * file and leaves an existing file at `path` untouched.
 */
export async function writeCsvFileAtomic(path: string, table: CsvTable): Promise<void> {
  try {
    // Exports are the admin's own documents: readable like any file they save, flushed to disk.
    await writeFileAtomic(path, csvChunks(table), { mode: 0o644, flush: true })
  } catch (error) {
    throw fileFailure(error, path)
  }
}

function fileFailure(error: unknown, path: string): AppFailure {
  if (error instanceof AppFailure) return error
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  const name = basename(path)
  const known: Record<string, [string, string]> = {
    ENOENT: [
      `The folder for "${name}" doesn't exist.`,
      'Choose an existing folder and save again.'
    ],
    EACCES: [
      `Headcount isn't allowed to save "${name}" in that folder.`,
      'Choose a folder you can write to, such as Documents.'
    ],
    EROFS: [
      `The folder for "${name}" is read-only.`,
      'Choose a folder you can write to, such as Documents.'
    ],
    EPERM: [
      `"${name}" couldn't be replaced; it may be open in another program.`,
      'Close the file (for example in Excel) or choose another name, then save again.'
    ],
    EBUSY: [
      `"${name}" is open in another program.`,
      'Close the file (for example in Excel) or choose another name, then save again.'
    ],
    EISDIR: [`"${name}" is a folder, not a file.`, 'Choose a file name, then save again.'],
    ENOSPC: [
      `The disk is full, so "${name}" couldn't be saved.`,
      'Free some space or choose another drive.'
    ]
  }
  const [message, remedy] = known[code] ?? [
    `"${name}" couldn't be saved${error instanceof Error ? `: ${error.message}` : ''}.`,
    'Try again, or choose another folder.'
  ]
  return new AppFailure({ code: 'file', message, remedy })
}

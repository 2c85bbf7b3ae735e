import { basename, dirname } from 'node:path'
import { AppFailure } from '../../shared/app-error'
import type { ExportOutcome } from '../../shared/ipc/contracts/common'
import type { CsvTable } from '../csv'
import { saveCsvFile } from '../csv'
import type { FileDialogs } from '../platform/platform'

/**
 * Every export goes through main's save dialog and the one atomic CSV writer; the last file
 * saved is remembered so "Show in folder" can only ever reveal a file Headcount wrote.
 */
export interface CsvExports {
  /** A job stopped while the dialog was open writes nothing. */
  save(
    defaultFileName: string,
    table: CsvTable & { rows: readonly unknown[] },
    options?: { signal?: AbortSignal }
  ): Promise<ExportOutcome>
  /** Shows the last saved file in its folder, or says where it is when no folder can open. */
  showLast(): ShownExport
}

export interface ShownExport {
  shown: boolean
  message: string | null
}

export function createCsvExports(dialogs: FileDialogs): CsvExports {
  let last: string | null = null
  return {
    async save(defaultFileName, table, options = {}) {
      const path = await dialogs.chooseSaveLocation({ defaultFileName })
      if (!path) return { saved: false, fileName: null, rows: 0 }
      if (options.signal?.aborted) {
        throw new AppFailure({ code: 'cancelled', message: 'Stopped before it finished.' })
      }
      await saveCsvFile(path, table)
      last = path
      return { saved: true, fileName: path.split(/[\\/]/).pop() ?? path, rows: table.rows.length }
    },
    showLast() {
      if (!last) return { shown: false, message: 'Nothing has been saved yet.' }
      if (dialogs.showInFolder(last)) return { shown: true, message: null }
      return {
        shown: false,
        message: `Saved as “${basename(last)}” in ${dirname(last)}. Open that folder in your file manager to find it.`
      }
    }
  }
}

/** A file name that is safe on every system and says what is inside. */
export function exportFileName(topic: string, day: string | null, what: string): string {
  const safeTopic = topic
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 60)
  return `${safeTopic || 'Meeting'} ${day ?? 'undated'} ${what}.csv`
}

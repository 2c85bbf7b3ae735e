import type { CsvTable } from '../csv'
import { writeCsvFileAtomic } from '../csv'
import type { FileDialogs } from '../platform/platform'

export interface ExportOutcome {
  saved: boolean
  fileName: string | null
  rows: number
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

/**
 * Every export goes through main's save dialog and the one atomic CSV writer; the last file
 * saved is remembered so "Show in folder" can only ever reveal a file Headcount wrote.
 */
export class CsvExports {
  private last: string | null = null

  constructor(private readonly dialogs: FileDialogs) {}

  async save(
    defaultFileName: string,
    table: CsvTable & { rows: readonly unknown[] }
  ): Promise<ExportOutcome> {
    const path = await this.dialogs.chooseSaveLocation({ defaultFileName })
    if (!path) return { saved: false, fileName: null, rows: 0 }
    await writeCsvFileAtomic(path, table)
    this.last = path
    return { saved: true, fileName: path.split(/[\\/]/).pop() ?? path, rows: table.rows.length }
  }

  showLast(): boolean {
    if (!this.last) return false
    this.dialogs.showInFolder(this.last)
    return true
  }
}

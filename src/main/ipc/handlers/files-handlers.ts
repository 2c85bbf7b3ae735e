import type { CsvExports } from '../../exports/csv-exports'
import type { DomainHandlers } from '../router'

export function createFilesHandlers(exports: CsvExports): DomainHandlers<'files'> {
  return {
    'files:show-last-export': async () => exports.showLast()
  }
}

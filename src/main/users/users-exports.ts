import { bulkOutcomeWords } from '../../shared/admin/bulk-words'
import { userTypeLabel } from '../../shared/admin/user-input'
import type { ExportOutcome } from '../../shared/ipc/contracts/common'
import type { BulkResultRow, UserStatusName } from '../../shared/ipc/contracts/users-contract'
import { AppFailure } from '../../shared/app-error'
import type { ConnectedClient } from '../accounts/account-connection'
import { buildCsvTable, type CsvColumn } from '../csv'
import type { CsvExports } from '../exports/csv-exports'
import { bulkCsvHeaders } from './bulk-csv'
import { userCsvColumns } from './users-csv'

/** Files the Users screen saves: the list itself, a bulk run's outcome, and a blank template. */
export interface UsersExports {
  /** The users with this status; with `emails`, only those and in that order (what is shown). */
  exportList(status: UserStatusName, emails?: readonly string[]): Promise<ExportOutcome>
  exportBulkResult(): Promise<ExportOutcome>
  saveTemplate(): Promise<ExportOutcome>
}

const resultColumns: CsvColumn<BulkResultRow>[] = [
  { header: 'Line', value: (row) => row.line },
  { header: 'Email', value: (row) => row.email },
  { header: 'First Name', value: (row) => row.firstName },
  { header: 'Last Name', value: (row) => row.lastName },
  { header: 'Type', value: (row) => (row.type === null ? '' : userTypeLabel(row.type)) },
  { header: 'Outcome', value: (row) => bulkOutcomeWords[row.outcome] },
  { header: 'Why', value: (row) => row.reason }
]

const today = (): string => new Date().toISOString().slice(0, 10)

export function createUsersExports(deps: {
  connected: () => ConnectedClient
  exports: CsvExports
  lastBulkResult: () => BulkResultRow[] | null
}): UsersExports {
  return {
    async exportList(status, emails) {
      const { client } = deps.connected()
      const users = await client.listUsers(status).toArray()
      const byEmail = new Map(users.map((user) => [user.email.toLowerCase(), user]))
      const chosen = emails
        ? emails.flatMap((email) => byEmail.get(email.toLowerCase()) ?? [])
        : users
      const table = buildCsvTable(userCsvColumns, chosen)
      return deps.exports.save(`Zoom users ${status} ${today()}.csv`, table)
    },
    async exportBulkResult() {
      const rows = deps.lastBulkResult()
      if (!rows) {
        throw new AppFailure({
          code: 'invalid-input',
          message: 'There is no finished run to save yet.',
          remedy: 'Add users from a CSV file first; the outcome table can be saved afterwards.'
        })
      }
      return deps.exports.save(`Users added ${today()}.csv`, buildCsvTable(resultColumns, rows))
    },
    saveTemplate() {
      // Only the header row: an example person in it could be invited by mistake.
      return deps.exports.save('Users to add (template).csv', {
        headers: bulkCsvHeaders,
        rows: []
      })
    }
  }
}

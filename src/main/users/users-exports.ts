import { AppFailure } from '../../shared/app-error'
import type { ExportOutcome } from '../../shared/ipc/contracts/common'
import type { UserStatusName } from '../../shared/ipc/contracts/users-contract'
import type { ConnectedClient } from '../accounts/account-connection'
import { buildCsvTable } from '../csv'
import type { CsvExports } from '../exports/csv-exports'
import type { BulkUsersService } from './bulk-users-service'
import { bulkOutcomeTable, bulkTemplateTable, userColumns } from './users-csv'

export type UsersExport =
  { kind: 'list'; status: UserStatusName } | { kind: 'template' } | { kind: 'bulk-outcome' }

/** The user files the window saves: a list as the CLI writes it, the template, a run's outcome. */
export function createUsersExports(deps: {
  connected: () => ConnectedClient
  exports: CsvExports
  bulk: Pick<BulkUsersService, 'lastOutcome'>
}): { save(what: UsersExport): Promise<ExportOutcome> } {
  return {
    async save(what) {
      if (what.kind === 'template') {
        return deps.exports.save('Headcount users template.csv', bulkTemplateTable)
      }
      if (what.kind === 'bulk-outcome') {
        const rows = deps.bulk.lastOutcome()
        if (rows.length === 0) {
          throw new AppFailure({
            code: 'not-found',
            message: 'There is no finished run to save yet.',
            remedy: 'Add users from a CSV file first, then save what happened.'
          })
        }
        return deps.exports.save('Headcount users added.csv', bulkOutcomeTable(rows))
      }
      const { client } = deps.connected()
      const users = await client.listUsers(what.status).toArray()
      return deps.exports.save(`Zoom users ${what.status}.csv`, buildCsvTable(userColumns, users))
    }
  }
}

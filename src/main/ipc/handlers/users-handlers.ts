import type { BulkUsersService } from '../../users/bulk-users-service'
import type { UsersExport } from '../../users/users-exports'
import type { UsersService } from '../../users/users-service'
import type { ExportOutcome } from '../../../shared/ipc/contracts/common'
import type { DomainHandlers } from '../router'

/** The Users list and detail, and adding users one at a time or from a CSV file. */
export function createUsersHandlers(deps: {
  users: UsersService
  bulk: BulkUsersService
  files: { save(what: UsersExport): Promise<ExportOutcome> }
}): DomainHandlers<'users'> {
  const { users, bulk, files } = deps
  return {
    'users:list': async ({ status }) => ({ users: await users.list(status) }),
    'users:get': ({ idOrEmail }) => users.get(idOrEmail),
    'users:create': (input) => users.create(input),
    'users:bulk-preview': ({ csvText }) => bulk.preview(csvText),
    'users:bulk-create': ({ csvText, action, jobId }) => bulk.create(csvText, action, jobId),
    'users:export-csv': (what) => files.save(what)
  }
}

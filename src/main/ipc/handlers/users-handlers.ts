import type { BulkUsersService } from '../../users/bulk-users-service'
import type { UsersExports } from '../../users/users-exports'
import type { UsersService } from '../../users/users-service'
import type { DomainHandlers } from '../router'

/** The Users list and detail, and adding users one at a time or from a CSV file. */
export function createUsersHandlers(deps: {
  users: UsersService
  bulk: BulkUsersService
  files: UsersExports
}): DomainHandlers<'users'> {
  const { users, bulk, files } = deps
  return {
    'users:list': async ({ status }) => ({ users: await users.list(status) }),
    'users:get': ({ idOrEmail }) => users.get(idOrEmail),
    'users:create': (input) => users.create(input),
    'users:bulk-preview': ({ csvText }) => bulk.preview(csvText),
    'users:bulk-create': ({ csvText, action, jobId }) => bulk.create(csvText, action, jobId),
    'users:export-bulk-result': () => files.exportBulkResult(),
    'users:save-template': () => files.saveTemplate(),
    'users:export-csv': ({ status, emails }) => files.exportList(status, emails)
  }
}

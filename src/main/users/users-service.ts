import type { NewUserInput } from '../../shared/admin/user-input'
import type { UserDetail, UserRow, UserStatusName } from '../../shared/ipc/contracts/users-contract'
import type { ConnectedClient } from '../accounts/account-connection'
import { whatHappensNext } from './added-user-words'
import { translateCreateUserError } from './create-user-errors'
import { toUserDetail, toUserRow } from './user-rows'

export interface CreatedUserView {
  email: string
  id: string | null
  status: UserStatusName
  message: string
}

export interface UsersService {
  list(status: UserStatusName): Promise<UserRow[]>
  get(idOrEmail: string): Promise<UserDetail>
  create(input: NewUserInput): Promise<CreatedUserView>
}

export function createUsersService(deps: { connected: () => ConnectedClient }): UsersService {
  const { connected } = deps
  return {
    async list(status) {
      const { client } = connected()
      const users = await client.listUsers(status).toArray()
      return users.map((user) => toUserRow(user, status))
    },
    async get(idOrEmail) {
      const { client } = connected()
      return toUserDetail(await client.getUser(idOrEmail))
    },
    async create(input) {
      const { client } = connected()
      const info = {
        email: input.email,
        type: input.type,
        ...(input.firstName ? { first_name: input.firstName } : {}),
        ...(input.lastName ? { last_name: input.lastName } : {})
      }
      try {
        const created = await client.createUser(input.action, info)
        return {
          email: created.email ?? input.email,
          id: input.action === 'create' ? null : (created.id ?? null),
          status: input.action === 'create' ? 'pending' : 'active',
          message: whatHappensNext(input.action, input.email)
        }
      } catch (error) {
        throw translateCreateUserError(error, input.email)
      }
    }
  }
}

import type { NewUserInput } from '../../shared/admin/user-input'
import type { UserDetail, UserRow, UserStatusName } from '../../shared/ipc/contracts/users-contract'
import type { ConnectedClient } from '../accounts/account-connection'
import { translateCreateUserError } from './create-user-errors'
import { toUserDetail, toUserRow } from './user-rows'

export interface CreatedUserView {
  email: string
  id: string | null
  status: UserStatusName
  message: string
}

/** What happens after each way of adding a user, for the confirmation line. */
function nextStep(action: NewUserInput['action'], email: string): string {
  if (action === 'create') {
    return `Zoom emailed an invitation to ${email}. They are listed under Pending until they accept it.`
  }
  if (action === 'ssoCreate') {
    return `${email} is added. They sign in through your organisation’s single sign-on.`
  }
  return `${email} is added and can be used straight away.`
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
          message: nextStep(input.action, input.email)
        }
      } catch (error) {
        throw translateCreateUserError(error, input.email)
      }
    }
  }
}

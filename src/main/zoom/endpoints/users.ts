import { maxPageSize, pagedList } from '../paging'
import type { ZoomList } from '../paging'
import type { SendZoomRequest } from '../request'
import type {
  CreatedUser,
  CreateUserAction,
  CreateUserInfo,
  UserStatus,
  ZoomPage,
  ZoomUser,
  ZoomUserListItem
} from '../types'
import { userPathSegment } from '../uuid-path'
import type { CallOptions } from './call-options'

export interface UsersEndpoints {
  listUsers(status?: UserStatus, options?: CallOptions): ZoomList<ZoomUserListItem>
  getUser(idOrEmail: string, options?: CallOptions): Promise<ZoomUser>
  createUser(
    action: CreateUserAction,
    userInfo: CreateUserInfo,
    options?: CallOptions
  ): Promise<CreatedUser>
}

type UsersPage = ZoomPage & { users?: ZoomUserListItem[] }

export function usersEndpoints(send: SendZoomRequest): UsersEndpoints {
  return {
    listUsers(status = 'active', options = {}) {
      const query = { status, page_size: maxPageSize }
      return pagedList(
        (token) =>
          send<UsersPage>({
            endpoint: 'GET /users',
            path: '/users',
            query: { ...query, next_page_token: token },
            signal: options.signal
          }),
        (page) => page.users
      )
    },
    getUser(idOrEmail, options = {}) {
      return send<ZoomUser>({
        endpoint: 'GET /users/{userId}',
        path: `/users/${userPathSegment(idOrEmail)}`,
        signal: options.signal
      })
    },
    createUser(action, userInfo, options = {}) {
      return send<CreatedUser>({
        endpoint: 'POST /users',
        path: '/users',
        body: { action, user_info: userInfo },
        signal: options.signal,
        dailyKey: 'POST /users'
      })
    }
  }
}

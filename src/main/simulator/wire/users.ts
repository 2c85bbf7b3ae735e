import type { SimUser } from '../org/types'
import { isoSeconds } from '../org/time'

/** A row of GET /users. Pending users have no `id` yet (SPEC). */
export function userListItem(user: SimUser): Record<string, unknown> {
  return {
    ...(user.status === 'pending' ? {} : { id: user.id }),
    first_name: user.firstName,
    last_name: user.lastName,
    display_name: user.displayName,
    email: user.email,
    type: user.type,
    pmi: user.pmi,
    timezone: user.timezone,
    verified: user.verified,
    dept: user.dept,
    created_at: user.createdAt,
    user_created_at: user.createdAt,
    ...(user.lastLoginTime
      ? { last_login_time: user.lastLoginTime, last_client_version: '6.2.5.51234(mac)' }
      : {}),
    language: user.language,
    status: user.status,
    role_id: user.roleId,
    group_ids: [],
    im_group_ids: []
  }
}

/** GET /users/{userId}. Pending users report the time of the call as created_at (SPEC). */
export function userDetail(
  user: SimUser,
  accountId: string,
  accountNumber: number,
  now: number
): Record<string, unknown> {
  return {
    ...userListItem(user),
    id: user.id,
    ...(user.status === 'pending' ? { created_at: isoSeconds(now) } : {}),
    account_id: accountId,
    account_number: accountNumber,
    role_name: user.roleName,
    job_title: user.jobTitle,
    use_pmi: false,
    personal_meeting_url: `https://us06web.zoom.us/j/${user.pmi}`,
    pic_url: '',
    phone_numbers: [],
    cluster: 'us06',
    login_types: [100]
  }
}

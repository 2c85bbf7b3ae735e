import { userStatuses } from '../../shared/ipc/contracts/users-contract'
import type { UserDetail, UserRow, UserStatusName } from '../../shared/ipc/contracts/users-contract'
import type { ZoomUser, ZoomUserListItem } from '../zoom'

function statusOf(value: unknown, fallback: UserStatusName): UserStatusName {
  return (userStatuses as readonly unknown[]).includes(value) ? (value as UserStatusName) : fallback
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

/** One row of the Users list, from Zoom's GET /users item. */
export function toUserRow(user: ZoomUserListItem, listed: UserStatusName): UserRow {
  const firstName = text(user.first_name)
  const lastName = text(user.last_name)
  const displayName =
    text(user.display_name) || `${firstName} ${lastName}`.trim() || text(user.email)
  return {
    id: textOrNull(user.id),
    email: text(user.email),
    firstName,
    lastName,
    displayName,
    type: typeof user.type === 'number' ? user.type : 1,
    roleId: textOrNull(user.role_id),
    status: statusOf(user.status, listed),
    lastLoginTime: textOrNull(user.last_login_time),
    createdAt: textOrNull(user.user_created_at) ?? textOrNull(user.created_at),
    timezone: textOrNull(user.timezone),
    department: text(user.dept)
  }
}

export function toUserDetail(user: ZoomUser): UserDetail {
  const row = toUserRow(user as ZoomUserListItem, statusOf(user.status, 'active'))
  const extra = user as ZoomUser & { job_title?: string; role_name?: string }
  return {
    ...row,
    roleName: textOrNull(extra.role_name),
    jobTitle: textOrNull(extra.job_title),
    personalMeetingUrl: textOrNull(user.personal_meeting_url),
    verified: typeof user.verified === 'number' ? user.verified === 1 : null
  }
}

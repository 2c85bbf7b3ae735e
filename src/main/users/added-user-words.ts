import type { CreateUserAction } from '../../shared/admin/user-input'

/** What happens after each way of adding a user: the confirmation line and a bulk row's reason. */
export function whatHappensNext(action: CreateUserAction, email: string): string {
  if (action === 'create') {
    return `Zoom emailed an invitation to ${email}. They are listed under Pending until they accept it.`
  }
  if (action === 'ssoCreate') {
    return `${email} is added. They sign in through your organisation’s single sign-on.`
  }
  return `${email} is added and can be used straight away.`
}

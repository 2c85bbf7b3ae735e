import type { AccountSession } from '../../accounts/account-session'
import { createBulkUsersService } from '../../users/bulk-users-service'
import { CreationQuotaCounter } from '../../scheduling/creation-quota'
import { createMeetingCreateService } from '../../scheduling/create-meeting-service'
import { listScheduledMeetings, toMeetingListItem } from '../../scheduling/scheduled-meetings'
import { createUsersService } from '../../users/users-service'
import type { JobRegistry } from '../../jobs/job-registry'
import type { Handlers } from '../router'

type AdminChannels =
  | 'users:list'
  | 'users:get'
  | 'users:create'
  | 'users:bulk-preview'
  | 'users:bulk-create'
  | 'meetings:create'
  | 'meetings:creation-quota'

/** Users list and detail, adding users (one or from a CSV file), scheduling meetings. */
export function createAdminHandlers(
  session: AccountSession,
  jobs: JobRegistry,
  counter = new CreationQuotaCounter()
): Pick<Handlers, AdminChannels> {
  const connected = (): ReturnType<AccountSession['requireClient']> => session.requireClient()
  const users = createUsersService(connected)
  const bulk = createBulkUsersService(connected, jobs)
  const meetings = createMeetingCreateService({ connected, counter })
  return {
    'users:list': async ({ status }) => ({ users: await users.list(status) }),
    'users:get': ({ idOrEmail }) => users.get(idOrEmail),
    'users:create': (input) => users.create(input),
    'users:bulk-preview': ({ csvText }) => bulk.preview(csvText),
    'users:bulk-create': ({ csvText, action, jobId }) => bulk.create(csvText, action, jobId),
    'meetings:create': (input) => meetings.create(input),
    'meetings:creation-quota': async ({ hostEmail }) => meetings.quota(hostEmail)
  }
}

/** Only while no other module serves `meetings:list`; the Meetings view may take it over. */
export function createMeetingsListHandler(
  session: AccountSession
): Pick<Handlers, 'meetings:list'> {
  return {
    'meetings:list': async ({ userId, type }) => {
      const { client, hostEmail } = session.requireClient()
      const listed = await listScheduledMeetings(client, userId, type, { signedInHost: hostEmail })
      return { meetings: listed.map(toMeetingListItem) }
    }
  }
}

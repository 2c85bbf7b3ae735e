import { AppFailure } from '../../../shared/app-error'
import type { AccountSession } from '../../accounts/account-session'
import { listPastMeetings, pastMeetingNotes } from '../../meetings/past-meetings'
import type { Handlers } from '../router'

export function createPastMeetingsHandlers(
  session: AccountSession
): Pick<Handlers, 'meetings:list-past'> {
  return {
    'meetings:list-past': async ({ userId, from, to }) => {
      const { client, hostEmail } = session.requireClient()
      const host = userId ?? hostEmail
      if (!host) {
        throw new AppFailure({
          code: 'invalid-input',
          message: 'Choose whose meetings to show first.',
          remedy: 'Pick a host above, or sign in as a host on the Accounts screen.'
        })
      }
      const meetings = await listPastMeetings(client, host, { from, to })
      return { userId: host, meetings, notes: pastMeetingNotes }
    }
  }
}

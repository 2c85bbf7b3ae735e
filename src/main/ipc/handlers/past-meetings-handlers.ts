import { AppFailure } from '../../../shared/app-error'
import type { PastMeeting } from '../../../shared/ipc/contracts/past-meetings-contract'
import type { AccountSession } from '../../accounts/account-session'
import { listPastMeetingsForHost } from '../../attendance/fetch'
import type { Handlers } from '../router'

/** What a list of past meetings cannot show, said once under the list. */
const notes = [
  'Zoom’s reports leave out meetings where only one person joined.',
  'A meeting appears here up to 30 minutes after it ends, once Zoom has prepared its report.'
]

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
          remedy: 'Enter a host email above, or sign in as a host on the Accounts screen.'
        })
      }
      const listed = await listPastMeetingsForHost(client, host, from, to)
      const meetings: PastMeeting[] = listed
        .filter((m) => typeof m.uuid === 'string' && m.uuid !== '')
        .map((m) => ({
          id: String(m.id ?? ''),
          uuid: m.uuid as string,
          topic: m.topic ?? '(no topic)',
          type: typeof m.type === 'number' ? m.type : 2,
          startTime: m.start_time ?? null,
          endTime: m.end_time ?? null,
          durationMinutes: typeof m.duration === 'number' ? m.duration : null,
          participants: typeof m.participants_count === 'number' ? m.participants_count : null
        }))
        .reverse()
      return { userId: host, meetings, notes }
    }
  }
}

import { AppFailure } from '../../../shared/app-error'
import type { InvokeOutput } from '../../../shared/ipc/contract'
import type { PastMeeting } from '../../../shared/ipc/contracts/past-meetings-contract'
import type { ConnectedClient } from '../../accounts/account-connection'
import type { ReportMeetingListItem } from '../../zoom'
import { listPastMeetingsForHost } from '../fetch'

/** What a list of past meetings cannot show, said once under the list. */
const notes = [
  'Zoom’s reports leave out meetings where only one person joined.',
  'A meeting appears here up to 30 minutes after it ends, once Zoom has prepared its report.'
]

/** The meetings a host ran between two days, newest first, to pick one for its attendance. */
export interface PastMeetingsService {
  list(options: {
    userId?: string
    from: string
    to: string
  }): Promise<InvokeOutput<'meetings:list-past'>>
}

export function createPastMeetingsService(deps: {
  connected: () => ConnectedClient
}): PastMeetingsService {
  return {
    async list({ userId, from, to }) {
      const { client, hostEmail } = deps.connected()
      const host = userId ?? hostEmail
      if (!host) {
        throw new AppFailure({
          code: 'invalid-input',
          message: 'Choose whose meetings to show first.',
          remedy: 'Enter a host email above, or sign in as a host on the Accounts screen.'
        })
      }
      const listed = await listPastMeetingsForHost(client, host, from, to)
      const meetings = listed.flatMap(toPastMeeting).reverse()
      return { userId: host, meetings, notes, offline: false }
    }
  }
}

/** One listed instance in the window's shape; one without a UUID cannot be opened, so it is left out. */
function toPastMeeting(meeting: ReportMeetingListItem): PastMeeting[] {
  if (typeof meeting.uuid !== 'string' || meeting.uuid === '') return []
  return [
    {
      id: String(meeting.id ?? ''),
      uuid: meeting.uuid,
      topic: meeting.topic ?? '(no topic)',
      type: typeof meeting.type === 'number' ? meeting.type : 2,
      startTime: meeting.start_time ?? null,
      endTime: meeting.end_time ?? null,
      durationMinutes: typeof meeting.duration === 'number' ? meeting.duration : null,
      participants:
        typeof meeting.participants_count === 'number' ? meeting.participants_count : null,
      archivedAt: null,
      goneFromZoomSince: null
    }
  ]
}

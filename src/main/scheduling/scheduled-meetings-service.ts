import type {
  MeetingListItem,
  MeetingOccurrence as Occurrence
} from '../../shared/ipc/contracts/meetings-list-contract'
import type { ConnectedClient } from '../accounts/account-connection'
import type { UserMeetingsType, ZoomMeeting } from '../zoom'
import { listScheduledMeetings, toMeetingListItem } from './scheduled-meetings'

/** The Meetings view's scheduled side: a host's meetings, and the dates of a recurring one. */
export interface ScheduledMeetingsService {
  list(userId: string, type: UserMeetingsType): Promise<MeetingListItem[]>
  /** The upcoming dates of a recurring meeting, for the Meetings view to expand it. */
  occurrences(meetingId: string): Promise<Occurrence[]>
}

export function createScheduledMeetingsService(deps: {
  connected: () => ConnectedClient
}): ScheduledMeetingsService {
  return {
    async list(userId, type) {
      const { client, hostEmail } = deps.connected()
      const listed = await listScheduledMeetings(client, userId, type, { signedInHost: hostEmail })
      return listed.map(toMeetingListItem)
    },
    async occurrences(meetingId) {
      const { client } = deps.connected()
      return upcomingOccurrences(await client.getMeeting(meetingId))
    }
  }
}

/** Occurrences Zoom still plans; deleted ones and those without an id cannot be opened. */
function upcomingOccurrences(meeting: ZoomMeeting): Occurrence[] {
  return (meeting.occurrences ?? []).flatMap((o) =>
    typeof o.occurrence_id === 'string' && o.status !== 'deleted'
      ? [
          {
            occurrenceId: o.occurrence_id,
            startTime: o.start_time ?? null,
            durationMinutes: typeof o.duration === 'number' ? o.duration : null
          }
        ]
      : []
  )
}

import type {
  MeetingLinks,
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
  /** The links to share and how many people registered so far, for one meeting's row. */
  links(meetingId: string): Promise<MeetingLinks>
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
    },
    async links(meetingId) {
      const { client } = deps.connected()
      const meeting = (await client.getMeeting(meetingId)) as ZoomMeeting & {
        registration_url?: string
      }
      const registrationUrl = meeting.registration_url || null
      if (!registrationUrl)
        return { joinUrl: meeting.join_url || null, registrationUrl, registrants: null }
      // Two small listings: a meeting's registrants are a few hundred at most.
      const [approved, pending] = await Promise.all([
        client.listRegistrants(meetingId, 'approved').toArray(),
        client.listRegistrants(meetingId, 'pending').toArray()
      ])
      return {
        joinUrl: meeting.join_url || null,
        registrationUrl,
        registrants: { approved: approved.length, pending: pending.length }
      }
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

import type { MeetingListItem } from '../../shared/ipc/contracts/meetings-list-contract'
import type { UserMeetingsType, ZoomClient, ZoomMeetingListItem } from '../zoom'

/**
 * A host's meetings (GET /users/{userId}/meetings, every page): the one listing the window and
 * the command line share, so both read `me` the same way.
 */
export async function listScheduledMeetings(
  client: Pick<ZoomClient, 'listUserMeetings'>,
  userId: string,
  type: UserMeetingsType,
  options: { signal?: AbortSignal; signedInHost?: string | null } = {}
): Promise<ZoomMeetingListItem[]> {
  const who = whoseMeetings(userId, options.signedInHost ?? null)
  return client.listUserMeetings(who, type, { signal: options.signal }).toArray()
}

/**
 * `me` names the host signed in on the Accounts screen, when there is one. Without one (and
 * always on the command line) it goes to Zoom as is, which reads it as the owner of the
 * Server-to-Server app. Any other email or id is used exactly as given.
 */
export function whoseMeetings(userId: string, signedInHost: string | null): string {
  return userId === 'me' && signedInHost ? signedInHost : userId
}

/** One listed meeting in the window's shape. */
export function toMeetingListItem(meeting: ZoomMeetingListItem): MeetingListItem {
  return {
    id: String(meeting.id ?? ''),
    topic: meeting.topic ?? '',
    type: meeting.type ?? 2,
    startTime: meeting.start_time ?? null,
    durationMinutes: meeting.duration ?? 0,
    timezone: meeting.timezone ?? null,
    joinUrl: meeting.join_url ?? null
  }
}

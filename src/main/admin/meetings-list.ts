import type { MeetingListItem } from '../../shared/ipc/contracts/meetings-list-contract'
import type { ConnectedClient } from '../accounts/account-session'
import type { UserMeetingsType } from '../zoom'

/** A host's meetings from GET /users/{userId}/meetings, in the window's shape. */
export async function listMeetings(
  connected: () => ConnectedClient,
  userId: string,
  type: UserMeetingsType
): Promise<MeetingListItem[]> {
  const { client, hostEmail } = connected()
  const who = userId === 'me' && hostEmail ? hostEmail : userId
  const meetings = await client.listUserMeetings(who, type).toArray()
  return meetings.map((m) => ({
    id: String(m.id ?? ''),
    topic: m.topic ?? '',
    type: m.type ?? 2,
    startTime: m.start_time ?? null,
    durationMinutes: m.duration ?? 0,
    timezone: m.timezone ?? null,
    joinUrl: m.join_url ?? null
  }))
}

import { buildMeeting, type MeetingDraft } from './meeting-factory'
import type { QuirkLocation, QuirkTag } from './quirks'
import type { Rng } from './random'
import type { SimMeeting, SimUser } from './types'

/** Collects meetings and where each quirk was planted while the schedule is generated. */
export class MeetingPlanner {
  readonly meetings: SimMeeting[] = []
  readonly quirks = new Map<QuirkTag, QuirkLocation>()
  private readonly hosts: SimUser[]

  constructor(
    readonly rng: Rng,
    users: SimUser[],
    readonly now: number
  ) {
    // Licensed, active users host meetings; the owner (index 0) always qualifies.
    this.hosts = users.filter((user) => user.status === 'active' && user.type === 2)
    if (this.hosts.length === 0 && users[0]) this.hosts.push(users[0])
  }

  host(index: number): SimUser {
    return this.hosts[index % this.hosts.length] as SimUser
  }

  add(draft: Omit<MeetingDraft, 'timezone'>, tags: QuirkTag[] = []): SimMeeting {
    const meeting = buildMeeting(this.rng, { timezone: 'America/New_York', ...draft }, this.now)
    this.meetings.push(meeting)
    for (const tag of tags) this.quirks.set(tag, { meetingId: meeting.id })
    return meeting
  }

  tagInstance(tag: QuirkTag, meeting: SimMeeting, instanceUuid: string): void {
    this.quirks.set(tag, { meetingId: meeting.id, instanceUuid })
  }
}

import { generateAttendance } from './generate-attendance'
import { generateMeetings } from './generate-meetings'
import {
  generateRegistrantGroup,
  groupIndexFor,
  registrantGroupCount
} from './generate-registrants'
import { generateUsers } from './generate-users'
import { quirkTags, type QuirkLocation, type QuirkTag } from './quirks'
import { SimulatedWebinars } from './simulated-webinars'
import { mixSeed, randomId, Rng } from './random'
import type { SimInstance, SimMeeting, SimParticipantRow, SimRegistrant, SimUser } from './types'
import { hasRegistration } from './types'

export interface OrgOptions {
  seed: number
  users: number
  extraPastMeetings: number
  /** Data is laid out around this moment (past six months, a few weeks ahead). */
  now: number
}

export interface QuirkHit {
  meeting: SimMeeting
  /** Set for instance-level quirks (UUIDs, participant quirks). */
  instance?: SimInstance
}

export const joinBaseUrl = 'https://us06web.zoom.us'
const participantCacheSize = 400

/**
 * The simulated Zoom account. Users and meeting schedules are built up front (fast even for
 * 10,000 meetings); registrants and participant rows are generated on first use and cached.
 */
export class SimulatedOrg {
  readonly accountId: string
  readonly accountNumber: number
  readonly users: SimUser[]
  readonly meetings: SimMeeting[]
  /** Webinars, their registrants, panelists, rows and absentees (see simulated-webinars.ts). */
  readonly webinars: SimulatedWebinars
  private readonly meetingById = new Map<number, SimMeeting>()
  private readonly instanceByUuid = new Map<string, SimInstance>()
  private readonly quirks: Map<QuirkTag, QuirkLocation>
  private readonly registrantCache = new Map<number, SimRegistrant[]>()
  private readonly participantCache = new Map<string, SimParticipantRow[]>()
  private readonly rng: Rng

  constructor(options: OrgOptions) {
    this.rng = new Rng(mixSeed(options.seed, 1))
    this.accountId = randomId(this.rng)
    this.accountNumber = this.rng.int(10_000_000, 99_999_999)
    this.users = generateUsers(this.rng.fork(2), options.users, options.now)
    const generated = generateMeetings(
      this.rng.fork(3),
      this.users,
      options.now,
      options.extraPastMeetings
    )
    this.meetings = generated.meetings
    this.quirks = generated.quirks
    for (const meeting of this.meetings) this.index(meeting)
    // Its own stream, so adding webinars changed none of the meeting data.
    this.webinars = new SimulatedWebinars(
      new Rng(mixSeed(options.seed, 5)),
      this.users,
      options.now,
      joinBaseUrl
    )
  }

  findUser(idOrEmail: string): SimUser | undefined {
    if (idOrEmail === 'me') return this.users[0]
    const needle = idOrEmail.toLowerCase()
    return this.users.find((u) => u.id === idOrEmail || u.email.toLowerCase() === needle)
  }

  findMeeting(id: number): SimMeeting | undefined {
    return this.meetingById.get(id)
  }

  findInstance(uuid: string): SimInstance | undefined {
    return this.instanceByUuid.get(uuid)
  }

  meetingsHostedBy(userId: string): SimMeeting[] {
    return this.meetings.filter((m) => m.hostId === userId)
  }

  /** Every registrant of a meeting (all occurrences, all statuses); [] without registration. */
  registrants(meetingId: number): SimRegistrant[] {
    const meeting = this.meetingById.get(meetingId)
    if (!meeting || !hasRegistration(meeting)) return []
    let cached = this.registrantCache.get(meetingId)
    if (!cached) {
      cached = []
      for (let group = 0; group < registrantGroupCount(meeting); group += 1) {
        cached.push(...generateRegistrantGroup(meeting, group, joinBaseUrl))
      }
      this.registrantCache.set(meetingId, cached)
    }
    return cached
  }

  /** Report rows for one instance: one per join/leave session, waiting-room rows included. */
  participants(instanceUuid: string): SimParticipantRow[] {
    const cached = this.participantCache.get(instanceUuid)
    if (cached) return cached
    const instance = this.instanceByUuid.get(instanceUuid)
    const meeting = instance && this.meetingById.get(instance.meetingId)
    if (!instance || !meeting) return []
    const group = groupIndexFor(meeting, instance.occurrenceId)
    const rows = generateAttendance({
      meeting,
      instance,
      host: this.findUser(meeting.hostId) ?? (this.users[0] as SimUser),
      staff: this.users,
      registrants: hasRegistration(meeting)
        ? generateRegistrantGroup(meeting, group, joinBaseUrl)
        : []
    })
    if (this.participantCache.size >= participantCacheSize) {
      const oldest = this.participantCache.keys().next().value
      if (oldest !== undefined) this.participantCache.delete(oldest)
    }
    this.participantCache.set(instanceUuid, rows)
    return rows
  }

  /** Distinct people in an instance (waiting-room-only rows excluded). */
  uniqueParticipantCount(instanceUuid: string): number {
    const keys = new Set<string>()
    for (const row of this.participants(instanceUuid)) {
      if (row.status !== 'in_meeting') continue
      keys.add(row.email || row.registrantId || row.id || `name:${row.name}`)
    }
    return keys.size
  }

  /** Find the meeting (and instance) planted for a quirk; see quirks.ts for the list. */
  findQuirkMeeting(tag: QuirkTag): QuirkHit {
    const location = this.quirks.get(tag)
    const meeting = location && this.meetingById.get(location.meetingId)
    if (!location || !meeting) throw new Error(`The simulator did not plant the "${tag}" quirk.`)
    const instance = location.instanceUuid
      ? this.instanceByUuid.get(location.instanceUuid)
      : undefined
    return instance ? { meeting, instance } : { meeting }
  }

  quirkTags(): readonly QuirkTag[] {
    return quirkTags.filter((tag) => this.quirks.has(tag))
  }

  addUser(user: SimUser): void {
    this.users.push(user)
  }

  addMeeting(meeting: SimMeeting): void {
    this.meetings.push(meeting)
    this.index(meeting)
  }

  /** Stream for ids of things created through the API (users, meetings). */
  creationRng(): Rng {
    return this.rng
  }

  private index(meeting: SimMeeting): void {
    this.meetingById.set(meeting.id, meeting)
    for (const instance of meeting.instances) this.instanceByUuid.set(instance.uuid, instance)
  }
}

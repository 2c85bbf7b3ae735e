/**
 * The account's webinars. Schedules and panelists are built up front; registrants and
 * participant rows are generated on first use from each webinar's seed and cached, like meetings.
 * Only the hosts of these webinars hold a webinar licence; everyone else gets Zoom's
 * "Webinar plan subscription is missing" error.
 */
import {
  generateRegistrantGroup,
  groupIndexFor,
  registrantGroupCount
} from './generate-registrants'
import { generateWebinarAttendance } from './generate-webinar-attendance'
import { generateWebinars, panelistJoinUrl } from './generate-webinars'
import { mixSeed, randomId, Rng } from './random'
import type { SimInstance, SimRegistrant, SimUser } from './types'
import { webinarQuirkTags, type WebinarQuirkLocation, type WebinarQuirkTag } from './webinar-quirks'
import type { SimWebinar, SimWebinarRow } from './webinar-types'
import { webinarHasRegistration } from './webinar-types'

export interface WebinarQuirkHit {
  webinar: SimWebinar
  instance?: SimInstance
}

export class SimulatedWebinars {
  readonly all: SimWebinar[]
  private readonly byId = new Map<number, SimWebinar>()
  private readonly instanceByUuid = new Map<string, SimInstance>()
  private readonly quirks: Map<WebinarQuirkTag, WebinarQuirkLocation>
  private readonly registrantCache = new Map<number, SimRegistrant[]>()
  private readonly rowCache = new Map<string, SimWebinarRow[]>()
  private readonly licensed: Set<string>

  constructor(
    rng: Rng,
    private readonly users: SimUser[],
    now: number,
    private readonly baseUrl: string
  ) {
    const generated = generateWebinars(rng, users, now)
    this.all = generated.webinars
    this.quirks = generated.quirks
    this.licensed = new Set(this.all.map((webinar) => webinar.hostId))
    for (const webinar of this.all) {
      this.byId.set(webinar.id, webinar)
      for (const instance of webinar.instances) this.instanceByUuid.set(instance.uuid, instance)
    }
    this.addRegisteredPanelist()
  }

  find(id: number): SimWebinar | undefined {
    return this.byId.get(id)
  }

  findInstance(uuid: string): SimInstance | undefined {
    return this.instanceByUuid.get(uuid)
  }

  hostedBy(userId: string): SimWebinar[] {
    return this.all.filter((webinar) => webinar.hostId === userId)
  }

  /** Webinar licences are assigned per user; here, to the users who host webinars. */
  isLicensed(userId: string): boolean {
    return this.licensed.has(userId)
  }

  /** An active Basic user with no webinar licence (the "free host" of the issue). */
  unlicensedHost(): SimUser | undefined {
    const candidates = this.users.filter((u) => u.status === 'active' && !this.isLicensed(u.id))
    return candidates.find((u) => u.type === 1) ?? candidates[0]
  }

  /** Every registrant of a webinar (all occurrences, all statuses); [] without registration. */
  registrants(webinarId: number): SimRegistrant[] {
    const webinar = this.byId.get(webinarId)
    if (!webinar || !webinarHasRegistration(webinar)) return []
    let cached = this.registrantCache.get(webinarId)
    if (!cached) {
      cached = []
      for (let group = 0; group < registrantGroupCount(webinar); group += 1)
        cached.push(...generateRegistrantGroup(webinar, group, this.baseUrl))
      this.registrantCache.set(webinarId, cached)
    }
    return cached
  }

  /** Registrants of the occurrence an instance belongs to. */
  registrantsOf(instance: SimInstance): SimRegistrant[] {
    const webinar = this.byId.get(instance.meetingId)
    if (!webinar || !webinarHasRegistration(webinar)) return []
    const group = groupIndexFor(webinar, instance.occurrenceId)
    return generateRegistrantGroup(webinar, group, this.baseUrl)
  }

  /** Report rows for one instance, host and panelists included, each with its role. */
  participants(instanceUuid: string): SimWebinarRow[] {
    const cached = this.rowCache.get(instanceUuid)
    if (cached) return cached
    const instance = this.instanceByUuid.get(instanceUuid)
    const webinar = instance && this.byId.get(instance.meetingId)
    if (!instance || !webinar) return []
    const host = this.users.find((u) => u.id === webinar.hostId) ?? (this.users[0] as SimUser)
    const rows = generateWebinarAttendance({
      webinar,
      instance,
      host,
      registrants: this.registrantsOf(instance)
    })
    this.rowCache.set(instanceUuid, rows)
    return rows
  }

  uniqueParticipantCount(instanceUuid: string): number {
    const keys = new Set<string>()
    for (const row of this.participants(instanceUuid))
      keys.add(row.email || row.registrantId || row.id || `name:${row.name}`)
    return keys.size
  }

  /**
   * What Zoom's absentee list holds: approved registrants of the instance with no row carrying
   * their registrant id. A registered panelist joins by the panelist link, so is listed too.
   */
  absentees(instanceUuid: string): SimRegistrant[] {
    const instance = this.instanceByUuid.get(instanceUuid)
    if (!instance) return []
    const came = new Set(this.participants(instanceUuid).map((row) => row.registrantId))
    return this.registrantsOf(instance).filter((r) => r.status === 'approved' && !came.has(r.id))
  }

  findQuirk(tag: WebinarQuirkTag): WebinarQuirkHit {
    const location = this.quirks.get(tag)
    const webinar = location && this.byId.get(location.webinarId)
    if (!location || !webinar) throw new Error(`The simulator did not plant the "${tag}" quirk.`)
    const instance = location.instanceUuid
      ? this.instanceByUuid.get(location.instanceUuid)
      : undefined
    return instance ? { webinar, instance } : { webinar }
  }

  quirkTags(): readonly WebinarQuirkTag[] {
    return webinarQuirkTags.filter((tag) => this.quirks.has(tag))
  }

  /** The series' guest speaker registered for the showcase session before being made panelist. */
  private addRegisteredPanelist(): void {
    const location = this.quirks.get('panelist-registrant')
    const webinar = location && this.byId.get(location.webinarId)
    const instance = location?.instanceUuid && this.instanceByUuid.get(location.instanceUuid)
    if (!webinar || !instance) return
    const registrant = this.registrantsOf(instance).find((r) => r.status === 'approved')
    if (!registrant) return
    const id = randomId(new Rng(mixSeed(webinar.seed, 77)))
    webinar.panelists.push({
      id,
      name: `${registrant.firstName} ${registrant.lastName}`.trim(),
      email: registrant.email,
      joinUrl: panelistJoinUrl(webinar, id),
      registrantId: registrant.id
    })
  }
}

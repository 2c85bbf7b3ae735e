import type { ZoomClient } from '../../zoom'
import { hasCode, isCancelled, isUnreachable } from './fetch-errors'
import {
  listHostInstances,
  listedFromArchive,
  offlineNote,
  type ListedInstance,
  type PastListingOptions
} from './past-instances'
import { listPastMeetingsForHost } from './past-meetings'
import { pastRange, rangeMs, zoomReportPart, type DayRange } from './report-range'

/** Which meeting instances a roll-up combines. Days are yyyy-mm-dd, inclusive, UTC. */
export type RollUpSelection =
  | { kind: 'recurring'; meetingId: string; from?: string; to?: string }
  | { kind: 'topic'; userId: string; from: string; to: string; topicContains?: string }

/** One planned instance, enough to name it in a failure message. */
export interface RollUpInstanceRef {
  uuid: string
  /** Text: meeting ids are int64. '' when Zoom did not say. */
  meetingId: string
  topic: string
  /** Zoom's start_time (UTC), or null. */
  startTime: string | null
}

export interface RollUpPlan {
  /** Oldest first, each UUID once. */
  refs: RollUpInstanceRef[]
  /** Zoom could not be reached: only archived instances are planned. */
  offline: boolean
  notes: string[]
}

/**
 * The instances of a selection, oldest first, each UUID once, from Zoom and the archive.
 * Recurring: every past instance of the meeting id (GET /past_meetings/{id}/instances) and every
 * archived one, optionally limited to a date range. Topic: the host's meetings whose topic
 * contains the text (ignoring case and accents), from the report and the archive.
 */
export async function listRollUpInstances(
  client: ZoomClient | null,
  selection: RollUpSelection,
  options: PastListingOptions = {}
): Promise<RollUpPlan> {
  if (selection.kind === 'topic') {
    const listing = await listHostInstances(
      client,
      {
        host: selection.userId,
        from: selection.from,
        to: selection.to,
        topic: selection.topicContains
      },
      options
    )
    return { ...listing, refs: listing.instances.filter((i) => i.uuid !== '').map(refOf) }
  }
  return recurringInstances(client, selection, options)
}

async function recurringInstances(
  client: ZoomClient | null,
  selection: Extract<RollUpSelection, { kind: 'recurring' }>,
  options: PastListingOptions
): Promise<RollUpPlan> {
  const meetingId = selection.meetingId.trim()
  const now = options.now?.() ?? new Date()
  // Validates the days (and their order) before any call; the end never passes today.
  const range =
    selection.from !== undefined && selection.to !== undefined
      ? pastRange(selection.from, selection.to, now)
      : null
  const bounds = range === null ? null : rangeMs(range)
  const archived = options.archive
    ? (await options.archive.list({ meetingId, ...bounds })).map(listedFromArchive)
    : []
  const notes: string[] = []
  let offline = client === null
  let fromZoom: ListedInstance[] = []
  if (client) {
    try {
      fromZoom = await zoomInstances(client, meetingId, range, bounds, {
        ...options,
        now: () => now
      })
    } catch (error) {
      if (!options.archive || isCancelled(error, options.signal)) throw error
      if (isUnreachable(error)) offline = true
      else if (hasCode(error, 'not-found') && archived.length > 0) {
        notes.push(
          'Zoom no longer has this meeting, so its runs come from the archive on this computer.'
        )
      } else throw error
    }
  }
  if (offline) notes.push(offlineNote(client === null))
  const byUuid = new Map<string, ListedInstance>()
  for (const item of [...archived, ...fromZoom]) {
    if (item.uuid === '') continue
    const seen = byUuid.get(item.uuid)
    byUuid.set(item.uuid, seen ? { ...item, topic: item.topic || seen.topic } : item)
  }
  const refs = [...byUuid.values()]
    .filter((item) => bounds === null || inRange(item, bounds))
    .map(refOf)
    .sort((a, b) => startMs(a) - startMs(b))
  return { refs, offline, notes }
}

async function zoomInstances(
  client: ZoomClient,
  meetingId: string,
  range: DayRange | null,
  bounds: { fromMs: number; toMs: number } | null,
  options: PastListingOptions & { now: () => Date }
): Promise<ListedInstance[]> {
  const instances = await client.listPastInstances(meetingId, { signal: options.signal })
  const items = instances.map((instance) =>
    listed(instance.uuid ?? '', meetingId, '', instance.start_time ?? null)
  )
  if (range !== null && bounds !== null) {
    const earliest = Math.min(...items.map(startMs))
    if (items.length === 0 || earliest > bounds.fromMs) {
      items.push(...(await fromHostReport(client, meetingId, range, options)))
    }
  }
  return items
}

/**
 * Zoom documents the instances list as covering recent meetings only, so for a date range that
 * starts before the first listed instance, the host's report (six months back) is read as well.
 */
async function fromHostReport(
  client: ZoomClient,
  meetingId: string,
  range: DayRange,
  options: PastListingOptions & { now: () => Date }
): Promise<ListedInstance[]> {
  let hostId: string | undefined
  try {
    hostId = (await client.getMeeting(meetingId, { signal: options.signal })).host_id
  } catch (error) {
    // A deleted meeting has no host to ask; the instances list is all there is.
    if (hasCode(error, 'not-found')) return []
    throw error
  }
  const part = zoomReportPart(range, options.now())
  if (!hostId || part === null) return []
  const meetings = await listPastMeetingsForHost(client, hostId, part.from, part.to, options)
  return meetings
    .filter((m) => String(m.id) === meetingId)
    .map((m) => listed(m.uuid ?? '', meetingId, m.topic ?? '', m.start_time ?? null))
}

function listed(
  uuid: string,
  meetingId: string,
  topic: string,
  startTime: string | null
): ListedInstance {
  return {
    uuid,
    meetingId,
    topic,
    type: null,
    startTime,
    endTime: null,
    durationMinutes: null,
    participants: null,
    archived: null
  }
}

function refOf(item: ListedInstance): RollUpInstanceRef {
  return {
    uuid: item.uuid,
    meetingId: item.meetingId,
    topic: item.topic,
    startTime: item.startTime
  }
}

function inRange(
  item: { startTime: string | null },
  bounds: { fromMs: number; toMs: number }
): boolean {
  const ms = startMs(item)
  return ms >= bounds.fromMs && ms < bounds.toMs
}

function startMs(ref: { startTime: string | null }): number {
  const ms = Date.parse(ref.startTime ?? '')
  return Number.isFinite(ms) ? ms : Number.MAX_SAFE_INTEGER
}

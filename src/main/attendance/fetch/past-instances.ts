import type { InstanceSummary } from '../../archive'
import type { ReportMeetingListItem, ZoomClient } from '../../zoom'
import { isCancelled, isUnreachable } from './fetch-errors'
import type { InstanceArchive } from './instance-archive'
import { listPastMeetingsForHost, type ListingOptions } from './past-meetings'
import {
  checkReportRange,
  earliestReportDay,
  pastRange,
  rangeMs,
  zoomReportPart
} from './report-range'

/** One past instance as listed: from Zoom's report, from the archive, or both. */
export interface ListedInstance {
  uuid: string
  /** Text: meeting ids are int64. '' when unknown. */
  meetingId: string
  topic: string
  type: number | null
  startTime: string | null
  endTime: string | null
  durationMinutes: number | null
  participants: number | null
  /** Set when the instance is archived on this computer. */
  archived: { archivedAtMs: number; goneSinceMs: number | null } | null
}

export interface PastListing {
  /** Oldest first, each UUID once. */
  instances: ListedInstance[]
  /** Zoom could not be reached (or was not asked, offline): only archived instances are listed. */
  offline: boolean
  /** Plain sentences about what the list covers. */
  notes: string[]
}

export interface HostListing {
  /** Host email or Zoom user id. */
  host: string
  from: string
  to: string
  /** Topic contains this text, ignoring case and accents. */
  topic?: string
}

export type PastListingOptions = ListingOptions & { archive?: InstanceArchive }

/** Why only archived instances are listed: offline by choice, or Zoom unreachable. */
export function offlineNote(chosen: boolean): string {
  return chosen
    ? 'Working offline, so this shows only what is archived on this computer.'
    : 'Zoom could not be reached, so this shows only what is archived on this computer.'
}

/**
 * A host's past instances between two days: Zoom's report for the months it still covers,
 * merged with every archived instance of the range (older than six months too), no duplicates.
 * `client` null means offline. Without an archive, a range Zoom cannot answer is refused.
 */
export async function listHostInstances(
  client: ZoomClient | null,
  listing: HostListing,
  options: PastListingOptions = {}
): Promise<PastListing> {
  const now = options.now?.() ?? new Date()
  const range = pastRange(listing.from, listing.to, now)
  const zoomPart = zoomReportPart(range, now)
  const { archive } = options
  if (!archive) checkReportRange(range.from, now)
  const notes: string[] = []
  if (archive && zoomPart?.from !== range.from) {
    notes.push(
      `Zoom's reports only go back six months (to ${earliestReportDay(now)}), so earlier meetings come from the archive on this computer.`
    )
  }
  let offline = client === null
  let reported: ReportMeetingListItem[] = []
  if (client && zoomPart) {
    try {
      reported = await listPastMeetingsForHost(client, listing.host, zoomPart.from, zoomPart.to, {
        ...options,
        now: () => now
      })
    } catch (error) {
      if (!archive || isCancelled(error, options.signal) || !isUnreachable(error)) throw error
      offline = true
    }
  }
  if (offline) notes.push(offlineNote(client === null))
  const needle = topicKey(listing.topic ?? '')
  const fromZoom = reported
    .filter((meeting) => needle === '' || topicKey(meeting.topic ?? '').includes(needle))
    .flatMap(listedFromReport)
  if (!archive) return { instances: fromZoom, offline, notes }
  const bounds = rangeMs(range)
  // Every archived instance of the range says what is archived; the host's are listed too.
  const anyHost = await archive.list({ ...bounds, topic: listing.topic })
  const hosts = await archive.list({ host: listing.host, ...bounds, topic: listing.topic })
  return { instances: mergeListings(fromZoom, anyHost, hosts), offline, notes }
}

/** Zoom's rows with their archive state, plus archived rows Zoom did not list; oldest first. */
export function mergeListings(
  fromZoom: readonly ListedInstance[],
  known: readonly InstanceSummary[],
  alsoListed: readonly InstanceSummary[]
): ListedInstance[] {
  const byUuid = new Map(known.map((summary) => [summary.uuid, summary]))
  for (const summary of alsoListed) byUuid.set(summary.uuid, summary)
  const merged = new Map<string, ListedInstance>()
  for (const item of fromZoom) {
    const summary = byUuid.get(item.uuid)
    merged.set(item.uuid, summary ? { ...item, archived: archivedState(summary) } : item)
  }
  for (const summary of alsoListed) {
    if (!merged.has(summary.uuid)) merged.set(summary.uuid, listedFromArchive(summary))
  }
  return [...merged.values()].sort((a, b) => startOf(a) - startOf(b))
}

function listedFromReport(meeting: ReportMeetingListItem): ListedInstance[] {
  // One without a UUID cannot be opened, so it is left out.
  if (typeof meeting.uuid !== 'string' || meeting.uuid === '') return []
  return [
    {
      uuid: meeting.uuid,
      meetingId: meeting.id === undefined ? '' : String(meeting.id),
      topic: meeting.topic ?? '',
      type: typeof meeting.type === 'number' ? meeting.type : null,
      startTime: meeting.start_time ?? null,
      endTime: meeting.end_time ?? null,
      durationMinutes: typeof meeting.duration === 'number' ? meeting.duration : null,
      participants:
        typeof meeting.participants_count === 'number' ? meeting.participants_count : null,
      archived: null
    }
  ]
}

export function listedFromArchive(summary: InstanceSummary): ListedInstance {
  return {
    uuid: summary.uuid,
    meetingId: summary.meetingId,
    topic: summary.topic,
    type: null,
    startTime: zoomTime(summary.startMs),
    endTime: zoomTime(summary.endMs),
    durationMinutes: summary.durationMinutes,
    participants: null,
    archived: archivedState(summary)
  }
}

function archivedState(summary: InstanceSummary): NonNullable<ListedInstance['archived']> {
  return { archivedAtMs: summary.fetchedAtMs, goneSinceMs: summary.goneSinceMs }
}

/** An instant as Zoom writes it (`2026-10-05T17:00:00Z`). */
function zoomTime(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace('.000Z', 'Z')
}

function startOf(item: ListedInstance): number {
  const ms = Date.parse(item.startTime ?? '')
  return Number.isFinite(ms) ? ms : Number.MAX_SAFE_INTEGER
}

/** Case and accents ignored, like the archive's topic filter. */
export function topicKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .trim()
}

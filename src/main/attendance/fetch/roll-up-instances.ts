import { splitIntoMonthWindows } from './month-windows'
import type { ZoomClient } from '../../zoom'
import { earliestReportDay, listPastMeetingsForHost, type ListingOptions } from './past-meetings'
import { hasCode } from './fetch-errors'

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

/**
 * The instances of a selection, oldest first, each UUID once. Recurring: every past instance
 * of the meeting id (GET /past_meetings/{id}/instances), optionally limited to a date range.
 * Topic: the host's meetings from the report over month windows whose topic contains the text,
 * ignoring case.
 */
export async function listRollUpInstances(
  client: ZoomClient,
  selection: RollUpSelection,
  options: ListingOptions = {}
): Promise<RollUpInstanceRef[]> {
  const refs =
    selection.kind === 'recurring'
      ? await recurringInstances(client, selection, options)
      : await topicInstances(client, selection, options)
  const seen = new Set<string>()
  const unique = refs.filter((ref) => ref.uuid !== '' && !seen.has(ref.uuid) && seen.add(ref.uuid))
  return unique.sort((a, b) => startMs(a) - startMs(b))
}

async function recurringInstances(
  client: ZoomClient,
  selection: Extract<RollUpSelection, { kind: 'recurring' }>,
  options: ListingOptions
): Promise<RollUpInstanceRef[]> {
  const meetingId = selection.meetingId.trim()
  // Validates the days (and their order) before any call.
  const range =
    selection.from !== undefined && selection.to !== undefined
      ? dayRange(selection.from, selection.to)
      : null
  const instances = await client.listPastInstances(meetingId, { signal: options.signal })
  const refs: RollUpInstanceRef[] = instances.map((instance) => ({
    uuid: instance.uuid ?? '',
    meetingId,
    topic: '',
    startTime: instance.start_time ?? null
  }))
  if (range !== null && selection.from !== undefined && selection.to !== undefined) {
    const earliest = Math.min(...refs.map(startMs))
    if (refs.length === 0 || earliest > range.fromMs) {
      refs.push(...(await fromHostReport(client, meetingId, selection.from, selection.to, options)))
    }
  }
  return refs.filter((ref) => range === null || inRange(ref, range))
}

/**
 * Zoom documents the instances list as covering recent meetings only, so for a date range that
 * starts before the first listed instance, the host's report (six months back) is read as well.
 */
async function fromHostReport(
  client: ZoomClient,
  meetingId: string,
  from: string,
  to: string,
  options: ListingOptions
): Promise<RollUpInstanceRef[]> {
  let hostId: string | undefined
  try {
    hostId = (await client.getMeeting(meetingId, { signal: options.signal })).host_id
  } catch (error) {
    // A deleted meeting has no host to ask; the instances list is all there is.
    if (hasCode(error, 'not-found')) return []
    throw error
  }
  const earliest = earliestReportDay(options.now?.() ?? new Date())
  const start = from < earliest ? earliest : from
  if (!hostId || start > to) return []
  const meetings = await listPastMeetingsForHost(client, hostId, start, to, options)
  return meetings
    .filter((m) => String(m.id) === meetingId)
    .map((m) => ({
      uuid: m.uuid ?? '',
      meetingId,
      topic: m.topic ?? '',
      startTime: m.start_time ?? null
    }))
}

async function topicInstances(
  client: ZoomClient,
  selection: Extract<RollUpSelection, { kind: 'topic' }>,
  options: ListingOptions
): Promise<RollUpInstanceRef[]> {
  const meetings = await listPastMeetingsForHost(
    client,
    selection.userId,
    selection.from,
    selection.to,
    options
  )
  const needle = (selection.topicContains ?? '').trim().toLocaleLowerCase()
  return meetings
    .filter((m) => needle === '' || (m.topic ?? '').toLocaleLowerCase().includes(needle))
    .map((m) => ({
      uuid: m.uuid ?? '',
      meetingId: m.id === undefined ? '' : String(m.id),
      topic: m.topic ?? '',
      startTime: m.start_time ?? null
    }))
}

function dayRange(from: string, to: string): { fromMs: number; toMs: number } {
  const windows = splitIntoMonthWindows(from, to)
  const last = windows[windows.length - 1]?.to ?? to
  return { fromMs: Date.parse(`${from}T00:00:00Z`), toMs: Date.parse(`${last}T23:59:59.999Z`) }
}

function inRange(ref: RollUpInstanceRef, range: { fromMs: number; toMs: number }): boolean {
  const ms = startMs(ref)
  return ms >= range.fromMs && ms <= range.toMs
}

function startMs(ref: RollUpInstanceRef): number {
  const ms = Date.parse(ref.startTime ?? '')
  return Number.isFinite(ms) ? ms : Number.MAX_SAFE_INTEGER
}

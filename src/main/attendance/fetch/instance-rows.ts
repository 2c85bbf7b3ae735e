import { AppFailure } from '../../../shared/app-error'
import type { MeetingDetail, ParticipantRow, ParticipantSource } from '../engine'
import type { MeetingRef, ZoomClient } from '../../zoom'
import { readCached, type AttendanceCache } from './attendance-cache'
import { hasCode } from './fetch-errors'

/** One instance's meeting detail and every participant row, with where they came from. */
export interface InstanceRows {
  detail: MeetingDetail
  participants: ParticipantRow[]
  source: ParticipantSource
  notes: string[]
  fromCache: boolean
}

export interface InstanceRowsOptions {
  signal?: AbortSignal
  cache?: AttendanceCache
  /** Called as participant rows arrive (page by page). */
  onRows?: (rows: number) => void
}

const noReportAccess =
  'This Zoom account or app cannot read meeting reports, so attendance comes from the ' +
  'past-meeting participant list, which may lack join and leave times (minutes then stay blank).'
const notInReport =
  "Zoom's report does not include this meeting (Zoom leaves out meetings where fewer than two " +
  'people joined), so attendance comes from the past-meeting participant list.'

/**
 * Reads the report (GET /report/meetings/{id} and all participant pages, with registrant ids).
 * Without report access, or when the report leaves the meeting out, falls back to the
 * past-meeting endpoints and says so in `notes`. A numeric id means the latest instance.
 */
export async function fetchInstanceRows(
  client: ZoomClient,
  ref: MeetingRef,
  options: InstanceRowsOptions = {}
): Promise<InstanceRows> {
  const cached = await cachedRows(ref, options.cache)
  if (cached) return cached
  const { signal } = options
  const notes: string[] = []
  let source: ParticipantSource = 'report'
  let detail: MeetingDetail
  try {
    detail = await client.getReportMeeting(ref, { signal })
  } catch (error) {
    if (hasCode(error, 'missing-scopes', 'paid-plan-required')) {
      detail = await client.getPastMeeting(ref, { signal })
      notes.push(withFix(noReportAccess, error))
    } else if (hasCode(error, 'not-found')) {
      // A meeting the report skips still has past-meeting data; if not, the first error stands.
      detail = await client
        .getPastMeeting(ref, { signal })
        .catch((second: unknown) => Promise.reject(hasCode(second, 'not-found') ? error : second))
      notes.push(notInReport)
    } else throw error
    source = 'past-participants'
  }
  const uuid = typeof detail.uuid === 'string' && detail.uuid !== '' ? detail.uuid : ref
  let participants: ParticipantRow[]
  if (source === 'report') {
    try {
      participants = await collect(
        client.listReportParticipants(uuid, { signal, includeRegistrantId: true }),
        options.onRows
      )
    } catch (error) {
      if (!hasCode(error, 'missing-scopes', 'paid-plan-required')) throw error
      notes.push(withFix(noReportAccess, error))
      source = 'past-participants'
      participants = await collect(client.listPastParticipants(uuid, { signal }), options.onRows)
    }
  } else {
    participants = await collect(client.listPastParticipants(uuid, { signal }), options.onRows)
  }
  return { detail, participants, source, notes, fromCache: false }
}

function withFix(note: string, error: unknown): string {
  const remedy = error instanceof AppFailure ? error.appError.remedy : undefined
  return remedy ? `${note} For the full report: ${remedy}` : note
}

async function collect<T>(list: AsyncIterable<T>, onRows?: (rows: number) => void): Promise<T[]> {
  const items: T[] = []
  for await (const item of list) {
    items.push(item)
    // Zoom pages hold up to 300 rows; report once per page's worth.
    if (onRows && items.length % 300 === 0) onRows(items.length)
  }
  onRows?.(items.length)
  return items
}

/** Only a UUID names a fixed instance; a numeric id moves on to the next run of the meeting. */
async function cachedRows(
  ref: MeetingRef,
  cache: AttendanceCache | undefined
): Promise<InstanceRows | null> {
  if (!cache || typeof ref !== 'string' || /^\d+$/.test(ref)) return null
  const entry = await readCached(cache, { meetingUuid: ref, kind: 'meeting-detail' })
  if (!isCachedDetail(entry)) return null
  const kind = entry.source === 'report' ? 'report-participants' : 'past-participants'
  const rows = await readCached(cache, { meetingUuid: ref, kind })
  if (!Array.isArray(rows) || !rows.every(isObject)) return null
  return {
    detail: entry.detail,
    participants: rows,
    source: entry.source,
    notes: entry.notes,
    fromCache: true
  }
}

/** What is kept under 'meeting-detail': the detail plus how its rows were read. */
export interface CachedDetail {
  detail: MeetingDetail
  source: ParticipantSource
  notes: string[]
}

function isCachedDetail(value: unknown): value is CachedDetail {
  if (!isObject(value) || !isObject(value.detail)) return false
  const notes = value.notes
  return (
    (value.source === 'report' || value.source === 'past-participants') &&
    Array.isArray(notes) &&
    notes.every((note) => typeof note === 'string')
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

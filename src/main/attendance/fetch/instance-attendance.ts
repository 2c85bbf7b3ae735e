import {
  computeInstanceAttendance,
  checkThreshold,
  type InstanceAttendance,
  type Registrant
} from '../engine'
import type { MeetingRef, ZoomClient } from '../../zoom'
import { readCached, writeCached, type AttendanceCache } from './attendance-cache'
import { fetchInstanceRegistrants, type ScheduleMemo } from './instance-registrants'
import { fetchInstanceRows, type CachedDetail, type InstanceRows } from './instance-rows'
import { throwIfAborted } from './fetch-errors'

export interface InstanceProgress {
  step: 'meeting' | 'participants' | 'registrants' | 'done'
  /** Participant rows read so far. */
  rows: number
}

export interface FetchInstanceOptions {
  signal?: AbortSignal
  /** Attended at or above this whole percent; default 75. */
  thresholdPercent?: number
  onProgress?: (progress: InstanceProgress) => void
  /** Keeps data of ended meetings so a second export costs no Zoom calls. */
  cache?: AttendanceCache
  /** Roll-ups share one, so GET /meetings/{id} runs once per meeting, not per instance. */
  schedules?: ScheduleMemo
  now?: () => number
}

/** The engine's result plus how the data was fetched. */
export type FetchedInstanceAttendance = InstanceAttendance & {
  /** Plain sentences about gaps in the data (fallback source, deleted meeting, ...). */
  notes: string[]
  fromCache: boolean
}

interface CachedRegistrants {
  registrants: Registrant[]
  notes: string[]
}

/**
 * Fetches one meeting instance from Zoom (report detail and participants, registrants of every
 * status) and computes its attendance. A numeric id means the latest instance, as in Zoom.
 */
export async function fetchInstanceAttendance(
  client: ZoomClient,
  meetingIdOrUuid: MeetingRef,
  options: FetchInstanceOptions = {}
): Promise<FetchedInstanceAttendance> {
  const thresholdPercent = checkBeforeFetching(options)
  const { signal, cache, onProgress } = options
  onProgress?.({ step: 'meeting', rows: 0 })
  const rows = await fetchInstanceRows(client, meetingIdOrUuid, {
    signal,
    cache,
    onRows: (count) => onProgress?.({ step: 'participants', rows: count })
  })
  const rowCount = rows.participants.length
  onProgress?.({ step: 'registrants', rows: rowCount })
  const uuid = typeof rows.detail.uuid === 'string' ? rows.detail.uuid : ''
  const registration = await registrantsFor(client, rows, uuid, options)
  const attendance = computeInstanceAttendance({
    meeting: rows.detail,
    participants: rows.participants,
    registrants: registration.fetched.registrants,
    source: rows.source,
    thresholdPercent
  })
  const now = options.now ?? Date.now
  if (!rows.fromCache && uuid !== '' && isCacheable(attendance, rowCount, now())) {
    await storeInCache(cache, uuid, rows, registration.fetched)
  }
  onProgress?.({ step: 'done', rows: rowCount })
  return {
    ...attendance,
    notes: [...rows.notes, ...registration.fetched.notes],
    fromCache: rows.fromCache && registration.fromCache
  }
}

async function registrantsFor(
  client: ZoomClient,
  rows: InstanceRows,
  uuid: string,
  options: FetchInstanceOptions
): Promise<{ fetched: CachedRegistrants; fromCache: boolean }> {
  if (uuid !== '') {
    const cached = await readCached(options.cache, { meetingUuid: uuid, kind: 'registrants' })
    if (isCachedRegistrants(cached)) return { fetched: cached, fromCache: true }
  }
  const id = rows.detail.id
  const startMs = Date.parse(
    typeof rows.detail.start_time === 'string' ? rows.detail.start_time : ''
  )
  const fetched = await fetchInstanceRegistrants(
    client,
    typeof id === 'number' || typeof id === 'string' ? String(id) : '',
    Number.isFinite(startMs) ? startMs : null,
    { signal: options.signal, schedules: options.schedules }
  )
  return { fetched, fromCache: false }
}

/** Only ended meetings with rows: an empty list right after the end may still fill in. */
function isCacheable(attendance: InstanceAttendance, rowCount: number, nowMs: number): boolean {
  const end = attendance.meeting.endMs
  return end !== null && end <= nowMs && rowCount > 0
}

async function storeInCache(
  cache: AttendanceCache | undefined,
  uuid: string,
  rows: InstanceRows,
  registrants: CachedRegistrants
): Promise<void> {
  const kind = rows.source === 'report' ? 'report-participants' : 'past-participants'
  await writeCached(cache, { meetingUuid: uuid, kind }, rows.participants)
  await writeCached(cache, { meetingUuid: uuid, kind: 'registrants' }, registrants)
  // Written last: a detail entry means the rows beside it are complete.
  const detail: CachedDetail = { detail: rows.detail, source: rows.source, notes: rows.notes }
  await writeCached(cache, { meetingUuid: uuid, kind: 'meeting-detail' }, detail)
}

function isCachedRegistrants(value: unknown): value is CachedRegistrants {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Partial<CachedRegistrants>
  return (
    Array.isArray(entry.registrants) &&
    entry.registrants.every((r) => typeof r === 'object' && r !== null) &&
    Array.isArray(entry.notes) &&
    entry.notes.every((note) => typeof note === 'string')
  )
}

/** Checked before any Zoom call, so a typo or a cancelled run costs nothing; the threshold to use. */
export function checkBeforeFetching(options: {
  thresholdPercent?: number
  signal?: AbortSignal
}): number {
  const threshold = checkThreshold(options.thresholdPercent)
  throwIfAborted(options.signal)
  return threshold
}

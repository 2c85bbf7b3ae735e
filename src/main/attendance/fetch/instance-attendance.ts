import { AppFailure } from '../../../shared/app-error'
import type { ArchivedInstance } from '../../archive'
import { computeInstanceAttendance, checkThreshold, type InstanceAttendance } from '../engine'
import type { ZoomClient } from '../../zoom'
import { isNumericMeetingId } from '../../zoom/uuid-path'
import { archiveInputOf } from './archive-input'
import { attendanceFromArchive, type ReadInstanceAttendance } from './archived-attendance'
import { isCancelled, isUnreachable, throwIfAborted, toAppError } from './fetch-errors'
import type { InstanceArchive } from './instance-archive'
import { fetchInstanceRegistrants, type ScheduleMemo } from './instance-registrants'
import { fetchInstanceDetail, fetchParticipantRows, instanceUuid } from './instance-rows'

export interface InstanceProgress {
  step: 'meeting' | 'participants' | 'registrants' | 'done'
  /** Participant rows read so far. */
  rows: number
}

export interface ReadInstanceOptions {
  signal?: AbortSignal
  /** Attended at or above this whole percent; default 75. */
  thresholdPercent?: number
  onProgress?: (progress: InstanceProgress) => void
  /** Read first, and where ended meetings fetched from Zoom are kept. */
  archive?: InstanceArchive
  /** Fetch from Zoom even when archived; the archived copy stays until the new one is stored. */
  refresh?: boolean
  /** Roll-ups share one, so GET /meetings/{id} runs once per meeting, not per instance. */
  schedules?: ScheduleMemo
  now?: () => number
}

export type { ReadInstanceAttendance } from './archived-attendance'

/**
 * One meeting instance's attendance, archive first: an archived instance is computed from its
 * stored rows with no Zoom call. Otherwise it is fetched from Zoom (report detail and
 * participants, registrants of every status) and, once the meeting has ended, archived.
 * `client` null means offline: the archive only. A numeric id means the latest instance.
 */
export async function readInstanceAttendance(
  client: ZoomClient | null,
  ref: string,
  options: ReadInstanceOptions = {}
): Promise<ReadInstanceAttendance> {
  const thresholdPercent = checkBeforeFetching(options)
  const { archive } = options
  const numeric = isNumericMeetingId(ref)
  const kept = archive && !numeric ? await archive.read(ref) : null
  if (kept && !options.refresh) return attendanceFromArchive(kept, thresholdPercent)
  if (!client) {
    const latest = archive && numeric ? await archive.latest(ref) : null
    if (latest) return attendanceFromArchive(latest, thresholdPercent, [latestRunNote])
    throw notArchived(ref)
  }
  try {
    return await fetchAndKeep(client, ref, thresholdPercent, options)
  } catch (error) {
    if (isCancelled(error, options.signal)) throw error
    // A failed refresh leaves the archived copy as it was, and says so.
    if (kept) return attendanceFromArchive(kept, thresholdPercent, [refreshFailed(error, kept)])
    if (archive && numeric && isUnreachable(error)) {
      const latest = await archive.latest(ref)
      if (latest) return attendanceFromArchive(latest, thresholdPercent, [unreachableNote])
    }
    throw error
  }
}

async function fetchAndKeep(
  client: ZoomClient,
  ref: string,
  thresholdPercent: number,
  options: ReadInstanceOptions
): Promise<ReadInstanceAttendance> {
  const { signal, onProgress, archive } = options
  onProgress?.({ step: 'meeting', rows: 0 })
  const found = await fetchInstanceDetail(client, ref, { signal })
  const uuid = instanceUuid(found.detail)
  // A numeric id names the latest run; once Zoom says which, the archive may already have it.
  if (archive && uuid !== null && uuid !== ref && !options.refresh) {
    const known = await archive.read(uuid)
    if (known) {
      onProgress?.({ step: 'done', rows: known.participants.length })
      return attendanceFromArchive(known, thresholdPercent)
    }
  }
  const rows = await fetchParticipantRows(client, found, {
    signal,
    onRows: (count) => onProgress?.({ step: 'participants', rows: count })
  })
  const rowCount = rows.participants.length
  onProgress?.({ step: 'registrants', rows: rowCount })
  const id = rows.detail.id
  const startMs = Date.parse(
    typeof rows.detail.start_time === 'string' ? rows.detail.start_time : ''
  )
  const registrants = await fetchInstanceRegistrants(
    client,
    typeof id === 'number' || typeof id === 'string' ? String(id) : '',
    Number.isFinite(startMs) ? startMs : null,
    { signal, schedules: options.schedules }
  )
  const attendance = computeInstanceAttendance({
    meeting: rows.detail,
    participants: rows.participants,
    registrants: registrants.registrants,
    source: rows.source,
    thresholdPercent
  })
  const fetchedAt = new Date((options.now ?? Date.now)())
  const notes = [...rows.notes, ...registrants.notes]
  if (archive && isArchivable(attendance, rowCount, fetchedAt.getTime())) {
    const input = archiveInputOf(rows, registrants, fetchedAt)
    if (input) {
      try {
        await archive.keep(input)
      } catch (error) {
        notes.push(`This meeting could not be archived on this computer: ${sentence(error)}`)
      }
    }
  }
  onProgress?.({ step: 'done', rows: rowCount })
  return { ...attendance, notes, provenance: { kind: 'live', fetchedAt: fetchedAt.toISOString() } }
}

/** Only ended meetings with rows: an empty list right after the end may still fill in. */
function isArchivable(attendance: InstanceAttendance, rowCount: number, nowMs: number): boolean {
  const end = attendance.meeting.endMs
  return end !== null && end <= nowMs && rowCount > 0
}

const latestRunNote =
  'Working offline, so this is the latest run of the meeting archived on this computer.'
const unreachableNote =
  'Zoom could not be reached, so this is the latest run of the meeting archived on this computer.'

function sentence(error: unknown): string {
  const { message, remedy } = toAppError(error)
  return remedy ? `${message} ${remedy}` : message
}

function refreshFailed(error: unknown, kept: ArchivedInstance): string {
  const day = new Date(kept.summary.fetchedAtMs).toISOString().slice(0, 10)
  return `Refreshing from Zoom did not work, so this is still the copy archived on ${day}: ${sentence(error)}`
}

function notArchived(ref: string): AppFailure {
  return new AppFailure({
    code: 'not-found',
    message: `Meeting ${ref} is not archived on this computer, and Headcount is working offline.`,
    remedy:
      'Open it once while Zoom can be reached (or sync the archive); after that it works offline.'
  })
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

import { AppFailure } from '../../../shared/app-error'
import type { ArchivedInstance } from '../../archive'
import { checkThreshold, type IdentityDecisions } from '../engine'
import type { ZoomClient } from '../../zoom'
import { isNumericMeetingId } from '../../zoom/uuid-path'
import { attendanceFromArchive, type ReadInstanceAttendance } from './archived-attendance'
import { isCancelled, isUnreachable, throwIfAborted } from './fetch-errors'
import type { InstanceArchive } from './instance-archive'
import { attendanceOfFetched } from './fetched-attendance'
import { errorSentence, keepIfEnded } from './keep-if-ended'
import type { ScheduleMemo } from './instance-registrants'
import { fetchWholeInstance, type InstanceProgress } from './whole-instance'

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
  /** The identity book to apply; read from the archive when not given (roll-ups read it once). */
  decisions?: IdentityDecisions
}

export type { ReadInstanceAttendance } from './archived-attendance'
export type { InstanceProgress } from './whole-instance'

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
  const decisions = options.decisions ?? (await bookOf(archive))
  const fromArchive = (kept: ArchivedInstance, notes: string[] = []): ReadInstanceAttendance =>
    attendanceFromArchive(kept, thresholdPercent, notes, decisions)
  const kept = archive && !numeric ? await archive.read(ref) : null
  if (kept && !options.refresh) return fromArchive(kept)
  if (!client) {
    const latest = archive && numeric ? await archive.latest(ref) : null
    if (latest) return fromArchive(latest, [latestRunNote])
    throw notArchived(ref)
  }
  try {
    return await fetchAndKeep(client, ref, thresholdPercent, { ...options, decisions })
  } catch (error) {
    if (isCancelled(error, options.signal)) throw error
    // A failed refresh leaves the archived copy as it was, and says so.
    if (kept) return fromArchive(kept, [refreshFailed(error, kept)])
    if (archive && numeric && isUnreachable(error)) {
      const latest = await archive.latest(ref)
      if (latest) return fromArchive(latest, [unreachableNote])
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
  const { archive } = options
  const fetchedAt = new Date((options.now ?? Date.now)())
  const fetched = await fetchWholeInstance(client, ref, {
    signal: options.signal,
    schedules: options.schedules,
    onProgress: options.onProgress,
    now: () => fetchedAt
  })
  const attendance = attendanceOfFetched(fetched, thresholdPercent, options.decisions)
  const rowCount = fetched.participants.length
  const keepNotes = await keepIfEnded(archive, fetched, attendance, fetchedAt.getTime(), 'meeting')
  const notes = [...(fetched.notes ?? []), ...keepNotes]
  options.onProgress?.({ step: 'done', rows: rowCount })
  return { ...attendance, notes, provenance: { kind: 'live', fetchedAt: fetchedAt.toISOString() } }
}

/** The account's identity book, or none without an archive. */
export async function bookOf(archive: InstanceArchive | undefined): Promise<IdentityDecisions> {
  return (await archive?.decisions?.()) ?? {}
}

const latestRunNote =
  'Working offline, so this is the latest run of the meeting archived on this computer.'
const unreachableNote =
  'Zoom could not be reached, so this is the latest run of the meeting archived on this computer.'

function refreshFailed(error: unknown, kept: ArchivedInstance): string {
  const day = new Date(kept.summary.fetchedAtMs).toISOString().slice(0, 10)
  return `Refreshing from Zoom did not work, so this is still the copy archived on ${day}: ${errorSentence(error)}`
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

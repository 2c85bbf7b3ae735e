/**
 * One webinar instance's attendance, archive first like meetings: an archived instance is
 * recomputed from its stored rows, panelists and absentees with no Zoom call; otherwise it is
 * fetched whole and, once ended with rows, archived. `client` null means offline.
 */
import { AppFailure } from '../../../shared/app-error'
import type { ArchivedInstance } from '../../archive'
import type { ZoomClient } from '../../zoom'
import { isNumericMeetingId } from '../../zoom/uuid-path'
import type { IdentityDecisions, MeetingDetail } from '../engine'
import { attendanceFromArchive, type ReadInstanceAttendance } from '../fetch/archived-attendance'
import { bookOf, checkBeforeFetching } from '../fetch/instance-attendance'
import type { InstanceArchive } from '../fetch/instance-archive'
import { attendanceOfFetched } from '../fetch/fetched-attendance'
import { keepIfEnded } from '../fetch/keep-if-ended'
import { fetchWholeWebinar, type WebinarStep } from './fetch-webinar'
import { webinarAttendance, type WebinarAttendance } from './webinar-attendance'

export type ReadWebinarAttendance = WebinarAttendance &
  Pick<ReadInstanceAttendance, 'notes' | 'provenance'>

export interface ReadWebinarOptions {
  signal?: AbortSignal
  thresholdPercent?: number
  archive?: InstanceArchive
  refresh?: boolean
  /** The identity book to apply; read from the archive when not given. */
  decisions?: IdentityDecisions
  /** Count panelists and the host as attendees; off by default. */
  countPanelists?: boolean
  onProgress?: (progress: { step: WebinarStep; rows: number }) => void
  now?: () => number
}

export async function readWebinarAttendance(
  client: ZoomClient | null,
  ref: string,
  options: ReadWebinarOptions = {}
): Promise<ReadWebinarAttendance> {
  const { archive } = options
  // The identity book applies to webinars as to meetings.
  const read = { ...options, thresholdPercent: checkBeforeFetching(options) }
  read.decisions = options.decisions ?? (await bookOf(archive))
  const { thresholdPercent } = read
  const numeric = isNumericMeetingId(ref)
  const kept = archive && !numeric ? await archive.read(ref) : null
  if (kept && !options.refresh) return fromArchive(kept, read)
  if (!client) {
    const latest = archive && numeric ? await archive.latest(ref) : null
    if (latest) return fromArchive(latest, read)
    throw new AppFailure({
      code: 'not-found',
      message: `Webinar ${ref} is not archived on this computer, and Headcount is working offline.`,
      remedy:
        'Open it once while Zoom can be reached (or sync the archive); after that it works offline.'
    })
  }
  const fetchedAt = new Date((options.now ?? Date.now)())
  const fetched = await fetchWholeWebinar(client, ref, {
    signal: options.signal,
    onProgress: options.onProgress,
    now: () => fetchedAt
  })
  const attendance = attendanceOfFetched(fetched, thresholdPercent, read.decisions)
  const keepNotes = await keepIfEnded(archive, fetched, attendance, fetchedAt.getTime(), 'webinar')
  const notes = [...(fetched.notes ?? []), ...keepNotes]
  options.onProgress?.({ step: 'done', rows: fetched.participants.length })
  const webinar = webinarAttendance(attendance, {
    host: { zoomUserId: fetched.host?.zoomUserId, email: fetched.host?.email },
    panelists: fetched.panelists ?? [],
    absentees: fetched.absentees,
    countPanelists: options.countPanelists
  })
  return {
    ...webinar,
    notes: withAudit(notes, webinar),
    provenance: { kind: 'live', fetchedAt: fetchedAt.toISOString() }
  }
}

function fromArchive(
  archived: ArchivedInstance,
  options: ReadWebinarOptions & { thresholdPercent: number }
): ReadWebinarAttendance {
  const read = attendanceFromArchive(archived, options.thresholdPercent, [], options.decisions)
  const detail = archived.detail as MeetingDetail & { user_email?: string; host_email?: string }
  const webinar = webinarAttendance(read, {
    host: {
      zoomUserId: archived.summary.hostZoomId,
      email: detail.host_email ?? detail.user_email ?? null
    },
    panelists: archived.panelists,
    // Archived with no absentee rows reads as "not read": Zoom lists none only without registration.
    absentees: archived.absentees.length > 0 ? archived.absentees : undefined,
    countPanelists: options.countPanelists
  })
  return { ...webinar, notes: withAudit(read.notes, webinar), provenance: read.provenance }
}

/** Absentee disagreements join the notes, so the window and the CLI both show them. */
function withAudit(notes: readonly string[], webinar: WebinarAttendance): string[] {
  const disagreements = webinar.absentees?.disagreements ?? []
  return [...notes, ...disagreements.map((d) => d.sentence)]
}

import type { Provenance } from '../../../shared/ipc/contracts/archive-contract'
import type { ArchivedInstance } from '../../archive'
import {
  computeInstanceAttendance,
  type IdentityDecisions,
  type InstanceAttendance
} from '../engine'

/** Attendance with the plain remarks about its data and where the data came from. */
export type ReadInstanceAttendance = InstanceAttendance & {
  /** Plain sentences about gaps in the data (fallback source, deleted meeting, ...). */
  notes: string[]
  provenance: Provenance
}

const isoOf = (ms: number): string => new Date(ms).toISOString()
const dayOf = (ms: number): string => isoOf(ms).slice(0, 10)

/**
 * People computed by the engine from the archived raw rows, as if Zoom had just sent them: a
 * changed rule recomputes past meetings. What Zoom no longer has is said plainly.
 */
export function attendanceFromArchive(
  archived: ArchivedInstance,
  thresholdPercent: number,
  extraNotes: readonly string[] = [],
  decisions?: IdentityDecisions
): ReadInstanceAttendance {
  const { summary } = archived
  const attendance = computeInstanceAttendance({
    meeting: archived.detail,
    participants: archived.participants,
    registrants: archived.registrants,
    source: archived.source,
    thresholdPercent,
    decisions
  })
  const notes = [...extraNotes]
  if (summary.goneSinceMs !== null) {
    notes.push(
      `Zoom no longer has this meeting (since ${dayOf(summary.goneSinceMs)}); this is the copy archived on this computer on ${dayOf(summary.fetchedAtMs)}.`
    )
  }
  // The remarks fetched with it (a fallback source, registration off) still hold.
  notes.push(...archived.notes)
  return {
    ...attendance,
    notes,
    provenance: {
      kind: 'archive',
      archivedAt: isoOf(summary.fetchedAtMs),
      goneFromZoomSince: summary.goneSinceMs === null ? null : isoOf(summary.goneSinceMs)
    }
  }
}

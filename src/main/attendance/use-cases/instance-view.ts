import type {
  InstanceAttendanceView,
  PersonRow,
  ReviewCandidateView,
  TrailSession
} from '../../../shared/ipc/contracts/attendance-contract'
import { readSession } from '../engine'
import type { MeetingInstance, ParticipantRow, PersonAttendance, ReviewCandidate } from '../engine'
import type { ReadInstanceAttendance } from '../fetch'

/** An instant as Zoom writes it (`2026-10-05T17:00:00Z`), or null when unknown. */
export const iso = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString().replace('.000Z', 'Z')

function trailSession(row: ParticipantRow, meeting: MeetingInstance): TrailSession {
  const session = readSession(row, meeting)
  return {
    join: iso(session.joinMs),
    leave: iso(session.leaveMs),
    durationSeconds: session.durationSeconds,
    inWaitingRoom: session.inWaitingRoom,
    counted: session.counted,
    name: session.name,
    email: session.email,
    flags: [...session.flags]
  }
}

/** A review candidate in the shape the window receives (also used by the review queue). */
export function reviewCandidate(c: ReviewCandidate, meeting: MeetingInstance): ReviewCandidateView {
  const side = (s: ReviewCandidate['sides'][number]): ReviewCandidateView['sides'][number] => ({
    personId: s.personId,
    name: s.name,
    email: s.email,
    registered: s.registered,
    rows: s.rows.map((row) => trailSession(row, meeting))
  })
  return {
    key: c.key,
    kind: c.kind,
    scope: c.scope,
    merged: c.merged,
    sides: [side(c.sides[0]), side(c.sides[1])],
    overlapSeconds: c.overlapSeconds,
    gapSeconds: c.gapSeconds
  }
}

export function personRow(person: PersonAttendance, meeting: MeetingInstance): PersonRow {
  return {
    personId: person.personId,
    name: person.name,
    email: person.email,
    registered: person.registered,
    registrationStatus: person.registrationStatus,
    registeredAt: iso(person.registeredAtMs),
    status: person.status,
    firstJoin: iso(person.firstJoinMs),
    lastLeave: iso(person.lastLeaveMs),
    minutesAttended: person.minutesAttended,
    attendancePercent: person.attendancePercent,
    sessions: person.sessions,
    identityRule: person.audit.identityRule,
    matchedBy: [...person.audit.matchedBy],
    trail: person.audit.sessions.map((row) => trailSession(row, meeting)),
    decisions: [...person.audit.decisions],
    reviewKeys: [...person.audit.reviewKeys]
  }
}

/** The engine's result in the shape the window receives (plain, serialisable, ISO times). */
export function toInstanceView(result: ReadInstanceAttendance): InstanceAttendanceView {
  const { meeting, summary } = result
  return {
    meeting: {
      id: meeting.id,
      uuid: meeting.uuid,
      topic: meeting.topic,
      start: iso(meeting.startMs),
      end: iso(meeting.endMs),
      source: meeting.source
    },
    thresholdPercent: result.thresholdPercent,
    summary: {
      people: summary.people,
      registered: summary.registered,
      attended: summary.attended,
      partial: summary.partial,
      absent: summary.absent,
      walkIns: summary.walkIns,
      waitingRoomOnly: summary.waitingRoomOnly,
      joined: summary.joined,
      medianMinutes: summary.medianMinutes,
      participantRows: summary.participantRows
    },
    people: result.people.map((person) => personRow(person, meeting)),
    reviewCandidates: result.reviewCandidates.map((c) => reviewCandidate(c, meeting)),
    notes: result.notes,
    provenance: result.provenance
  }
}

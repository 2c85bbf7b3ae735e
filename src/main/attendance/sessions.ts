import type { AttendanceSession } from './attendance-types'
import { nonNegativeNumber, normalizeEmail, parseInstant, text } from './field-values'
import type { PastParticipantRow, ReportParticipantRow } from './zoom-rows'

/**
 * Reads one participant row. The interval comes from join and leave times; when one of them is
 * missing it is derived from the other and the duration (seconds). Nothing else is guessed.
 */
export function readSession(row: ReportParticipantRow | PastParticipantRow): AttendanceSession {
  const source = (row ?? {}) as ReportParticipantRow
  let joinMs = parseInstant(source.join_time)
  let leaveMs = parseInstant(source.leave_time)
  const durationSeconds = nonNegativeNumber(source.duration)
  if (joinMs !== null && leaveMs === null && durationSeconds !== null) {
    leaveMs = joinMs + durationSeconds * 1000
  } else if (joinMs === null && leaveMs !== null && durationSeconds !== null) {
    joinMs = leaveMs - durationSeconds * 1000
  }
  const inWaitingRoom = text(source.status) === 'in_waiting_room'
  const usable = joinMs !== null && leaveMs !== null && leaveMs >= joinMs
  return {
    joinMs,
    leaveMs,
    durationSeconds,
    inWaitingRoom,
    counted: !inWaitingRoom && usable,
    name: text(source.name),
    email: normalizeEmail(source.user_email),
    zoomUserId: text(source.id) || text(source.participant_user_id),
    participantId: text(source.user_id),
    registrantId: text(source.registrant_id),
    failover: source.failover === true
  }
}

/** Two rows that say exactly the same thing about the same join. */
export function sameSession(a: AttendanceSession, b: AttendanceSession): boolean {
  return (
    a.joinMs === b.joinMs &&
    a.leaveMs === b.leaveMs &&
    a.durationSeconds === b.durationSeconds &&
    a.inWaitingRoom === b.inWaitingRoom &&
    a.participantId === b.participantId &&
    a.zoomUserId === b.zoomUserId &&
    a.registrantId === b.registrantId &&
    a.email === b.email &&
    a.name === b.name
  )
}

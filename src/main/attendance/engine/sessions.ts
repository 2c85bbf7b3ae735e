import type { AttendanceSession } from './attendance-types'
import { nonNegativeNumber, normalizeEmail, parseInstant, text } from './field-values'
import type { PastParticipantRow, ReportParticipantRow } from './zoom-rows'

/**
 * Reads one participant row into plain values (for showing a person's audit trail; the engine
 * itself reads rows into columns, see row-table.ts). The interval comes from join and leave times; when one of them is
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

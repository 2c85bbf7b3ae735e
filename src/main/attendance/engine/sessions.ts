import type { AttendanceSession, MeetingInstance } from './attendance-types'
import {
  nonNegativeNumber,
  normalizeEmail,
  normalizeName,
  parseInstant,
  text
} from './field-values'
import { countWindow, flagList, rowFlagBits, settleTimes, type SettledTimes } from './time-rules'
import { isWeakName } from './weak-names'
import type { PastParticipantRow, ReportParticipantRow } from './zoom-rows'

/**
 * Reads one participant row into plain values, for showing a person's audit trail (the engine
 * itself reads rows into columns, see row-table.ts). Times are settled by the same rules as the
 * engine's (time-rules.ts) against the meeting's window, and the row's flags say what was done.
 */
export function readSession(
  row: ReportParticipantRow | PastParticipantRow,
  meeting?: Pick<MeetingInstance, 'startMs' | 'endMs'>
): AttendanceSession {
  const source = (row ?? {}) as ReportParticipantRow
  const durationSeconds = nonNegativeNumber(source.duration)
  const settled: SettledTimes = { joinMs: 0, leaveMs: 0, countFromMs: 0, countToMs: 0, flags: 0 }
  settleTimes(
    parseInstant(source.join_time) ?? NaN,
    parseInstant(source.leave_time) ?? NaN,
    durationSeconds ?? NaN,
    countWindow(meeting?.startMs ?? null, meeting?.endMs ?? null),
    settled
  )
  const inWaitingRoom = text(source.status) === 'in_waiting_room'
  const email = normalizeEmail(source.user_email)
  const zoomUserId = text(source.id) || text(source.participant_user_id)
  const registrantId = text(source.registrant_id)
  let flags = inWaitingRoom ? 0 : settled.flags
  const keyless = email === '' && zoomUserId === '' && registrantId === ''
  if (keyless && isWeakName(normalizeName(source.name))) flags |= rowFlagBits.weakName
  const known = (ms: number): number | null => (Number.isNaN(ms) ? null : ms)
  return {
    joinMs: known(settled.joinMs),
    leaveMs: known(settled.leaveMs),
    durationSeconds,
    inWaitingRoom,
    counted: !inWaitingRoom && settled.leaveMs >= settled.joinMs,
    flags: flagList(flags),
    name: text(source.name),
    email,
    zoomUserId,
    participantId: text(source.user_id),
    registrantId,
    failover: source.failover === true
  }
}

import type { MeetingInstance } from './attendance-types'
import { nonNegativeNumber, normalizeEmail, parseInstant, text } from './field-values'
import type { MeetingDetail, ParticipantSource } from './zoom-rows'

/** Normalises the meeting detail; the end comes from end_time, else start + duration (minutes). */
export function readMeeting(
  detail: MeetingDetail | null | undefined,
  source: ParticipantSource
): MeetingInstance {
  const meeting = detail ?? {}
  const startMs = parseInstant(meeting.start_time)
  let endMs = parseInstant(meeting.end_time)
  const minutes = nonNegativeNumber(meeting.duration)
  if (endMs === null && startMs !== null && minutes !== null) endMs = startMs + minutes * 60_000
  return {
    // String(), not Number(): a JSON int64 that reached us as text must stay exact.
    id: typeof meeting.id === 'number' ? String(meeting.id) : text(meeting.id),
    uuid: text(meeting.uuid),
    topic: text(meeting.topic),
    startMs,
    endMs,
    source,
    hostEmail: normalizeEmail(meeting.user_email)
  }
}

/** The meeting's length in seconds, or null when unknown or not positive. */
export function meetingSeconds(meeting: MeetingInstance): number | null {
  if (meeting.startMs === null || meeting.endMs === null) return null
  const seconds = Math.round((meeting.endMs - meeting.startMs) / 1000)
  return seconds > 0 ? seconds : null
}

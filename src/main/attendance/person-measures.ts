import type { AttendanceSession, AttendanceStatus } from './attendance-types'
import { unionLengthMs } from './intervals'

export interface PersonMeasures {
  status: AttendanceStatus
  firstJoinMs: number | null
  lastLeaveMs: number | null
  attendedSeconds: number | null
  minutesAttended: number | null
  attendancePercent: number | null
  sessions: number
}

/**
 * Measures for one person. A value that needs data the rows don't have is null, never guessed:
 * if any in-meeting row lacks a usable interval, the union (and so minutes and %) is unknown.
 */
export function measurePerson(
  sessions: readonly AttendanceSession[],
  meetingSeconds: number | null,
  thresholdPercent: number
): PersonMeasures {
  const inMeeting = sessions.filter((s) => !s.inWaitingRoom)
  if (inMeeting.length === 0) {
    return {
      status: sessions.length > 0 ? 'Waiting room only' : 'Absent',
      firstJoinMs: null,
      lastLeaveMs: null,
      attendedSeconds: 0,
      minutesAttended: 0,
      attendancePercent: meetingSeconds === null ? null : 0,
      sessions: 0
    }
  }
  const allCounted = inMeeting.every((s) => s.counted)
  const attendedSeconds = allCounted
    ? Math.round(
        unionLengthMs(
          inMeeting.map((s) => ({ startMs: s.joinMs as number, endMs: s.leaveMs as number }))
        ) / 1000
      )
    : null
  const attendancePercent =
    attendedSeconds === null || meetingSeconds === null
      ? null
      : Math.min(100, Math.round((100 * attendedSeconds) / meetingSeconds))
  return {
    status: statusFor(attendancePercent, thresholdPercent),
    firstJoinMs: extreme(inMeeting, 'joinMs', Math.min),
    lastLeaveMs: extreme(inMeeting, 'leaveMs', Math.max),
    attendedSeconds,
    minutesAttended: attendedSeconds === null ? null : Math.round(attendedSeconds / 6) / 10,
    attendancePercent,
    sessions: inMeeting.length
  }
}

// The threshold is compared with the percent the person will see, so a row showing 75% is never
// labelled Partial.
function statusFor(percent: number | null, thresholdPercent: number): AttendanceStatus {
  if (percent === null) return 'Joined'
  return percent >= thresholdPercent ? 'Attended' : 'Partial'
}

/** Min or max of a time over all rows; null as soon as one row lacks it. */
function extreme(
  sessions: readonly AttendanceSession[],
  field: 'joinMs' | 'leaveMs',
  pick: (a: number, b: number) => number
): number | null {
  let result: number | null = null
  for (const session of sessions) {
    const value = session[field]
    if (value === null) return null
    result = result === null ? value : pick(result, value)
  }
  return result
}

import type { AttendanceSession, AttendanceStatus } from './attendance-types'

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
 * Measures for one person from their rows, which must be sorted by join time. A value that needs
 * data the rows don't have is null, never guessed: if any in-meeting row lacks a usable interval,
 * the union (and so minutes and %) is unknown.
 */
export function measurePerson(
  rows: readonly AttendanceSession[],
  meetingSeconds: number | null,
  thresholdPercent: number
): PersonMeasures {
  const sessions = sortedByJoin(rows)
  let inMeeting = 0
  let allCounted = true
  let firstJoinMs: number | null = null
  let lastLeaveMs: number | null = null
  let timesKnown = true
  // Union of intervals in one pass: rows arrive sorted by join time.
  let unionMs = 0
  let runStart = 0
  let runEnd = -Infinity
  for (const session of sessions) {
    if (session.inWaitingRoom) continue
    inMeeting++
    const { joinMs, leaveMs } = session
    if (joinMs === null || leaveMs === null) timesKnown = false
    else {
      if (firstJoinMs === null || joinMs < firstJoinMs) firstJoinMs = joinMs
      if (lastLeaveMs === null || leaveMs > lastLeaveMs) lastLeaveMs = leaveMs
    }
    if (!session.counted) {
      allCounted = false
      continue
    }
    if ((joinMs as number) > runEnd) {
      if (runEnd > -Infinity) unionMs += runEnd - runStart
      runStart = joinMs as number
      runEnd = leaveMs as number
    } else if ((leaveMs as number) > runEnd) runEnd = leaveMs as number
  }
  if (runEnd > -Infinity) unionMs += runEnd - runStart

  if (inMeeting === 0) {
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
  const attendedSeconds = allCounted ? Math.round(unionMs / 1000) : null
  const attendancePercent =
    attendedSeconds === null || meetingSeconds === null
      ? null
      : Math.min(100, Math.round((100 * attendedSeconds) / meetingSeconds))
  return {
    status: statusFor(attendancePercent, thresholdPercent),
    firstJoinMs: timesKnown ? firstJoinMs : null,
    lastLeaveMs: timesKnown ? lastLeaveMs : null,
    attendedSeconds,
    minutesAttended: attendedSeconds === null ? null : Math.round(attendedSeconds / 6) / 10,
    attendancePercent,
    sessions: inMeeting
  }
}

/** The rows in join-time order (rows without a join time first); copies only when needed. */
export function sortedByJoin(rows: readonly AttendanceSession[]): readonly AttendanceSession[] {
  for (let i = 1; i < rows.length; i++) {
    if (compareJoin(rows[i - 1], rows[i]) > 0) return [...rows].sort(compareJoin)
  }
  return rows
}

export function compareJoin(a: AttendanceSession, b: AttendanceSession): number {
  if (a.joinMs === b.joinMs) return 0
  if (a.joinMs === null) return -1
  if (b.joinMs === null) return 1
  return a.joinMs - b.joinMs
}

// The threshold is compared with the percent the person will see, so a row showing 75% is never
// labelled Partial.
function statusFor(percent: number | null, thresholdPercent: number): AttendanceStatus {
  if (percent === null) return 'Joined'
  return percent >= thresholdPercent ? 'Attended' : 'Partial'
}

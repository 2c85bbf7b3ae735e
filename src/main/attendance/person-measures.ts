import type { AttendanceStatus } from './attendance-types'
import type { RowTable } from './row-table'

export interface PersonMeasures {
  status: AttendanceStatus
  firstJoinMs: number | null
  lastLeaveMs: number | null
  attendedSeconds: number | null
  minutesAttended: number | null
  attendancePercent: number | null
  sessions: number
}

/** Orders row indexes by join time, unknown join times first. */
export function sortByJoin(table: RowTable, indexes: number[]): number[] {
  const join = table.joinMs
  return indexes.sort((a, b) => {
    const x = join[a]
    const y = join[b]
    if (x !== x) return y !== y ? a - b : -1
    if (y !== y) return 1
    return x - y || a - b
  })
}

/**
 * Measures for one person from their rows (indexes sorted by join time). A value that needs data
 * the rows don't have is null, never guessed: if any in-meeting row lacks a usable interval, the
 * union (and so minutes and %) is unknown.
 */
export function measurePerson(
  table: RowTable,
  indexes: readonly number[],
  meetingSeconds: number | null,
  thresholdPercent: number
): PersonMeasures {
  let inMeeting = 0
  let allCounted = true
  let timesKnown = true
  let first = Infinity
  let last = -Infinity
  // Union of intervals in one pass, since rows arrive sorted by join time: devices that overlap
  // count once.
  let unionMs = 0
  let runStart = 0
  let runEnd = -Infinity
  for (const i of indexes) {
    if (table.waitingRoom[i] === 1) continue
    inMeeting++
    const join = table.joinMs[i]
    const leave = table.leaveMs[i]
    if (join !== join || leave !== leave) timesKnown = false
    else {
      if (join < first) first = join
      if (leave > last) last = leave
    }
    if (table.counted[i] === 0) {
      allCounted = false
      continue
    }
    if (join > runEnd) {
      if (runEnd > -Infinity) unionMs += runEnd - runStart
      runStart = join
      runEnd = leave
    } else if (leave > runEnd) runEnd = leave
  }
  if (runEnd > -Infinity) unionMs += runEnd - runStart

  if (inMeeting === 0) {
    return {
      status: indexes.length > 0 ? 'Waiting room only' : 'Absent',
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
    firstJoinMs: timesKnown ? first : null,
    lastLeaveMs: timesKnown ? last : null,
    attendedSeconds,
    minutesAttended: attendedSeconds === null ? null : Math.round(attendedSeconds / 6) / 10,
    attendancePercent,
    sessions: inMeeting
  }
}

// The threshold is compared with the percent the person will see, so a row showing 75% is never
// labelled Partial.
function statusFor(percent: number | null, thresholdPercent: number): AttendanceStatus {
  if (percent === null) return 'Joined'
  return percent >= thresholdPercent ? 'Attended' : 'Partial'
}

import type { AttendanceStatus, PersonMeasures } from './attendance-types'
import type { RowTable } from './row-table'

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
 * Writes one person's measures from their rows (indexes sorted by join time) into `target`,
 * rather than returning a new object per person. A value that needs data the rows don't have is
 * null, never guessed: if any in-meeting row lacks a usable interval, the union (and so minutes
 * and %) is unknown.
 */
export function measureInto(
  target: PersonMeasures,
  table: RowTable,
  indexes: readonly number[],
  meetingSeconds: number | null,
  thresholdPercent: number
): void {
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
    target.status = indexes.length > 0 ? 'Waiting room only' : 'Absent'
    target.firstJoinMs = null
    target.lastLeaveMs = null
    target.attendedSeconds = 0
    target.minutesAttended = 0
    target.attendancePercent = meetingSeconds === null ? null : 0
    target.sessions = 0
    return
  }
  const attendedSeconds = allCounted ? Math.round(unionMs / 1000) : null
  const attendancePercent =
    attendedSeconds === null || meetingSeconds === null
      ? null
      : Math.min(100, Math.round((100 * attendedSeconds) / meetingSeconds))
  target.status = statusFor(attendancePercent, thresholdPercent)
  target.firstJoinMs = timesKnown ? first : null
  target.lastLeaveMs = timesKnown ? last : null
  target.attendedSeconds = attendedSeconds
  target.minutesAttended = attendedSeconds === null ? null : Math.round(attendedSeconds / 6) / 10
  target.attendancePercent = attendancePercent
  target.sessions = inMeeting
}

// The threshold is compared with the percent the person will see, so a row showing 75% is never
// labelled Partial.
function statusFor(percent: number | null, thresholdPercent: number): AttendanceStatus {
  if (percent === null) return 'Joined'
  return percent >= thresholdPercent ? 'Attended' : 'Partial'
}

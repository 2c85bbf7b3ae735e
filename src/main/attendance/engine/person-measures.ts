import type { AttendanceStatus, PersonMeasures } from './attendance-types'
import type { RowTable } from './row-table'

/** Orders a range of row indexes in place by join time, unknown join times first. */
export function sortByJoin(table: RowTable, order: Int32Array, from: number, to: number): void {
  const join = table.joinMs
  const before = (a: number, b: number): boolean => {
    const x = join[a]
    const y = join[b]
    if (x !== x) return y !== y ? a < b : true
    if (y !== y) return false
    return x < y || (x === y && a < b)
  }
  // Insertion sort: nearly every person has a handful of rows.
  for (let k = from + 1; k < to; k++) {
    const index = order[k]
    let at = k
    while (at > from && before(index, order[at - 1])) {
      order[at] = order[at - 1]
      at--
    }
    order[at] = index
  }
}

/**
 * Writes one person's measures from their rows (order[from] … order[to - 1], sorted by join
 * time) into `target`,
 * rather than returning a new object per person. A value that needs data the rows don't have is
 * null, never guessed: if any in-meeting row has unknown times, the union (and so minutes and
 * %) is unknown. Minutes, First Join and Last Leave use each row's counted part (time-rules.ts),
 * so time outside the instance's window neither counts nor shows.
 */
export function measureInto(
  target: PersonMeasures,
  table: RowTable,
  order: Int32Array,
  from: number,
  to: number,
  meetingSeconds: number | null,
  thresholdPercent: number
): void {
  let inMeeting = 0
  let allCounted = true
  let first = Infinity
  let last = -Infinity
  // Union of intervals in one pass: rows arrive sorted by join time, and so by counted start.
  // Devices that overlap count once.
  let unionMs = 0
  let runStart = 0
  let runEnd = -Infinity
  const { countFromMs, countToMs } = table
  for (let k = from; k < to; k++) {
    const i = order[k]
    if (table.waitingRoom[i] === 1) continue
    inMeeting++
    if (table.counted[i] === 0) {
      allCounted = false
      continue
    }
    const start = countFromMs[i]
    const end = countToMs[i]
    if (end < start) continue // wholly outside the instance's window
    if (start < first) first = start
    if (end > last) last = end
    if (start > runEnd) {
      if (runEnd > -Infinity) unionMs += runEnd - runStart
      runStart = start
      runEnd = end
    } else if (end > runEnd) runEnd = end
  }
  if (runEnd > -Infinity) unionMs += runEnd - runStart

  if (inMeeting === 0) {
    target.status = to > from ? 'Waiting room only' : 'Absent'
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
  const timesShown = allCounted && first !== Infinity
  target.status = statusFor(attendancePercent, thresholdPercent)
  target.firstJoinMs = timesShown ? first : null
  target.lastLeaveMs = timesShown ? last : null
  target.attendedSeconds = attendedSeconds
  target.minutesAttended = attendedSeconds === null ? null : Math.round(attendedSeconds / 6) / 10
  target.attendancePercent = attendancePercent
  target.sessions = inMeeting
}

/**
 * The row whose display name is shown for someone without a matched registration (-1 when no
 * row has a name): the name with the most counted in-meeting time, ties going to the one used
 * first (rows sorted by join time). So "Sam Lee" on the laptop beats "Sam's iPad" that came
 * last. Names compare folded.
 */
export function mostUsedNameRow(
  table: RowTable,
  order: Int32Array,
  from: number,
  to: number
): number {
  const { nameKeys } = table
  let firstNamed = -1
  let single = true
  for (let k = from; k < to; k++) {
    const i = order[k]
    if (nameKeys[i] === '') continue
    if (firstNamed < 0) firstNamed = i
    else if (nameKeys[i] !== nameKeys[firstNamed]) single = false
  }
  if (single) return firstNamed
  const seconds = new Map<string, number>()
  const firstRow = new Map<string, number>()
  for (let k = from; k < to; k++) {
    const i = order[k]
    const key = nameKeys[i]
    if (key === '') continue
    if (!firstRow.has(key)) firstRow.set(key, i)
    const counted = table.waitingRoom[i] === 0 && table.counted[i] === 1
    const ms = counted ? Math.max(0, table.countToMs[i] - table.countFromMs[i]) : 0
    seconds.set(key, (seconds.get(key) ?? 0) + ms)
  }
  let best = ''
  let bestMs = -1
  // Map order is first-use order, so a strict > keeps the earliest name on a tie.
  for (const [key, ms] of seconds) {
    if (ms > bestMs) {
      best = key
      bestMs = ms
    }
  }
  return firstRow.get(best) as number
}

/** The display name mostUsedNameRow picks, or ''. */
export function mostUsedName(table: RowTable, order: Int32Array, from: number, to: number): string {
  const row = mostUsedNameRow(table, order, from, to)
  return row < 0 ? '' : table.names[row]
}

// The threshold is compared with the percent the person will see, so a row showing 75% is never
// labelled Partial.
function statusFor(percent: number | null, thresholdPercent: number): AttendanceStatus {
  if (percent === null) return 'Joined'
  return percent >= thresholdPercent ? 'Attended' : 'Partial'
}

import type { AttendanceSummary, PersonAttendance } from './attendance-types'

export function summarize(
  people: readonly PersonAttendance[],
  participantRows: number,
  duplicateRowsDropped: number
): AttendanceSummary {
  const summary: AttendanceSummary = {
    people: people.length,
    registered: 0,
    attended: 0,
    partial: 0,
    absent: 0,
    walkIns: 0,
    waitingRoomOnly: 0,
    joined: 0,
    medianMinutes: null,
    participantRows,
    duplicateRowsDropped
  }
  // A typed array sorts numerically and natively, without a comparator per pair.
  const minutes = new Float64Array(people.length)
  let counted = 0
  let minutesKnown = true
  for (const person of people) {
    if (person.registered) summary.registered++
    const present =
      person.status === 'Attended' || person.status === 'Partial' || person.status === 'Joined'
    if (present && !person.registered) summary.walkIns++
    if (present) {
      if (person.minutesAttended === null) minutesKnown = false
      else minutes[counted++] = person.minutesAttended
    }
    if (person.status === 'Attended') summary.attended++
    else if (person.status === 'Partial') summary.partial++
    else if (person.status === 'Absent') summary.absent++
    else if (person.status === 'Waiting room only') summary.waitingRoomOnly++
    else summary.joined++
  }
  summary.medianMinutes = minutesKnown ? median(minutes.subarray(0, counted)) : null
  return summary
}

/** The median by selection (linear on average), not by sorting every value. */
function median(values: Float64Array): number | null {
  const n = values.length
  if (n === 0) return null
  const middle = n >> 1
  const upper = select(values, middle)
  const value = n % 2 === 1 ? upper : (maxBelow(values, middle) + upper) / 2
  return Math.round(value * 10) / 10
}

/** Hoare's selection: afterwards values[k] is the k-th smallest, smaller ones before it. */
function select(values: Float64Array, k: number): number {
  let lo = 0
  let hi = values.length - 1
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i] < pivot) i++
      while (values[j] > pivot) j--
      if (i <= j) {
        const swap = values[i]
        values[i++] = values[j]
        values[j--] = swap
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else break
  }
  return values[k]
}

/** The largest of values[0 .. end - 1] (all at most values[end] after select). */
function maxBelow(values: Float64Array, end: number): number {
  let max = -Infinity
  for (let i = 0; i < end; i++) if (values[i] > max) max = values[i]
  return max
}

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

function median(values: Float64Array): number | null {
  if (values.length === 0) return null
  const sorted = values.sort()
  const middle = sorted.length >> 1
  const value = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return Math.round(value * 10) / 10
}

export interface Interval {
  startMs: number
  endMs: number
}

/**
 * Total length of the union of intervals, in milliseconds: two devices in the meeting at the
 * same time count once. Sorts a copy; the caller's array is left alone.
 */
export function unionLengthMs(intervals: readonly Interval[]): number {
  if (intervals.length === 0) return 0
  if (intervals.length === 1) return Math.max(0, intervals[0].endMs - intervals[0].startMs)
  const sorted = [...intervals].sort((a, b) => a.startMs - b.startMs)
  let total = 0
  let runStart = sorted[0].startMs
  let runEnd = sorted[0].endMs
  for (let i = 1; i < sorted.length; i++) {
    const { startMs, endMs } = sorted[i]
    if (startMs > runEnd) {
      total += runEnd - runStart
      runStart = startMs
      runEnd = endMs
    } else if (endMs > runEnd) {
      runEnd = endMs
    }
  }
  return total + (runEnd - runStart)
}

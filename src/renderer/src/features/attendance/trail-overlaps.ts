import type { PersonRow } from '@shared/ipc/contracts/attendance-contract'

type TrailRow = PersonRow['trail'][number]

/**
 * For each row of a trail, whether its time overlaps an earlier counted row (two devices at
 * once, or a rejoin before Zoom closed the old row). The minutes count such time once.
 */
export function overlapsEarlier(trail: readonly TrailRow[]): boolean[] {
  const intervals: Array<[number, number]> = []
  return trail.map((row) => {
    if (!row.counted || !row.join || !row.leave) return false
    const from = Date.parse(row.join)
    const to = Date.parse(row.leave)
    if (!Number.isFinite(from) || !Number.isFinite(to)) return false
    const overlaps = intervals.some(([a, b]) => from < b && a < to)
    intervals.push([from, to])
    return overlaps
  })
}

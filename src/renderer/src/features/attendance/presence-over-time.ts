import type { PersonRow } from '@shared/ipc/contracts/attendance-contract'

/**
 * How many people were in the meeting at the middle of each time slot, counting a person
 * once however many devices they used. Waiting-room rows do not count.
 */
export function presenceOverTime(
  people: readonly PersonRow[],
  startIso: string | null,
  endIso: string | null,
  slots = 24
): Array<{ at: number; people: number }> {
  const start = startIso ? Date.parse(startIso) : NaN
  const end = endIso ? Date.parse(endIso) : NaN
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return []
  const width = (end - start) / slots
  const counts = new Array<number>(slots).fill(0)
  for (const person of people) {
    const present = new Uint8Array(slots)
    for (const session of person.trail) {
      if (!session.counted || !session.join || !session.leave) continue
      const from = Date.parse(session.join)
      const to = Date.parse(session.leave)
      for (let slot = 0; slot < slots; slot++) {
        const middle = start + width * (slot + 0.5)
        if (from <= middle && middle < to) present[slot] = 1
      }
    }
    for (let slot = 0; slot < slots; slot++) counts[slot]! += present[slot]!
  }
  return counts.map((count, slot) => ({ at: start + width * (slot + 0.5), people: count }))
}

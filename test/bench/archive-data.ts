/**
 * A synthetic archive for the benchmark: weekly series of large meetings (26 instances each)
 * whose rows come from attendance-data.ts (staff, registered guests, hidden emails, rejoins,
 * waiting-room rows, no-shows). The same people come back week after week, so one email has a
 * long history across the archive.
 */
import type { StoreInstanceInput } from '../../src/main/archive'
import { generateInstance } from './attendance-data'

export const instancesPerSeries = 26

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z'
const firstWeek = Date.UTC(2024, 0, 1, 17)
const weekMs = 7 * 86_400_000

/** Instance `index` of the archive, as sync would store it. */
export function benchInstance(index: number, rowsPerInstance: number): StoreInstanceInput {
  const generated = generateInstance(rowsPerInstance, index + 1)
  const series = Math.floor(index / instancesPerSeries)
  const week = index % instancesPerSeries
  const startMs = firstWeek + week * weekMs + series * 3_600_000
  const shift = startMs - Date.UTC(2026, 9, 5, 17, 0, 0)
  const move = (value: unknown): unknown =>
    typeof value === 'string' ? iso(Date.parse(value) + shift) : value
  for (const row of generated.participants) {
    row.join_time = move(row.join_time) as string
    row.leave_time = move(row.leave_time) as string
  }
  const meetingId = String(85_000_000_000 + series)
  return {
    account: 'bench',
    meeting: { kind: 'meeting', id: meetingId, topic: `Weekly briefing ${series}`, type: 8 },
    host: { zoomUserId: `host-${series % 12}`, email: `host${series % 12}@example.org` },
    detail: {
      ...generated.meeting,
      id: Number(meetingId),
      uuid: `${index % 7 === 0 ? '/' : ''}bench+${index}//uuid==`,
      start_time: iso(startMs),
      end_time: iso(startMs + 2 * 3_600_000),
      timezone: 'America/New_York'
    },
    source: 'report',
    participants: generated.participants,
    registrants: generated.registrants,
    fetchedAt: new Date(startMs + 3 * 3_600_000)
  }
}

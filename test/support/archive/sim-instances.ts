/** What a sync of the simulator should archive, worked out from the simulated org itself. */
import type { RunningSimulator } from '../../../src/main/simulator'
import { earliestReportDay } from '../../../src/main/attendance/fetch/report-range'

const reportDelayMs = 30 * 60_000

/** UUIDs of the ended instances Zoom's report lists for these hosts (all hosts by default). */
export function listableUuids(
  sim: RunningSimulator,
  hostIds?: string[],
  now = new Date()
): string[] {
  const from = Date.parse(`${earliestReportDay(now)}T00:00:00Z`)
  const uuids: string[] = []
  for (const meeting of sim.org.meetings) {
    if (hostIds && !hostIds.includes(meeting.hostId)) continue
    for (const instance of meeting.instances) {
      if (instance.startTime < from || instance.endTime > now.getTime() - reportDelayMs) continue
      if (sim.org.uniqueParticipantCount(instance.uuid) >= 2) uuids.push(instance.uuid)
    }
  }
  return uuids
}

/** Calls the simulator answered, per endpoint, since `before` (a stats().byEndpoint copy). */
export function callsSince(
  sim: RunningSimulator,
  before: Record<string, number>
): Record<string, number> {
  const after = sim.stats().byEndpoint
  const delta: Record<string, number> = {}
  for (const [name, count] of Object.entries(after)) {
    const made = count - (before[name] ?? 0)
    if (made > 0) delta[name] = made
  }
  return delta
}

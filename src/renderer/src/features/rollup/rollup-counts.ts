import { countedStatuses } from '@shared/attendance/rollup-query'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'

/** How many people attended each session, leaving the host out unless asked. */
export function attendedCounts(view: RollUpView, includeHost: boolean): number[] {
  const counts = view.instances.map(() => 0)
  for (const person of view.people) {
    if (person.host && !includeHost) continue
    person.statuses.forEach((status, index) => {
      if (status !== null && countedStatuses.includes(status)) counts[index]! += 1
    })
  }
  return counts
}

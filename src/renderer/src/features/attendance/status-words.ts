import type { AttendanceStatusName } from '@shared/ipc/contracts/attendance-contract'

/** What each status means, in one sentence, for the legend and each status's tooltip. */
export function statusMeaning(status: AttendanceStatusName, threshold: number): string {
  switch (status) {
    case 'Attended':
      return `In the meeting for at least ${threshold}% of it.`
    case 'Partial':
      return `In the meeting, but for less than ${threshold}% of it.`
    case 'Absent':
      return 'Registered, but never joined.'
    case 'Joined':
      return 'Joined, but Zoom did not say for how long, so the threshold cannot be applied.'
    case 'Waiting room only':
      return 'Waited in the waiting room and was never let in.'
  }
}

import type { InstanceAttendanceView } from '@shared/ipc/contracts/attendance-contract'
import { StatCards } from '../../components/StatCards'

/** The headline numbers of one session. */
export function AttendanceSummary({ data }: { data: InstanceAttendanceView }) {
  const s = data.summary
  return (
    <StatCards
      testId="attendance-summary"
      items={[
        ['Registered', s.registered],
        ['Attended', s.attended],
        ['Partial', s.partial],
        ['Absent (registered, never came)', s.absent],
        ['Walk-ins (came without registering)', s.walkIns],
        ['Waiting room only', s.waitingRoomOnly],
        ['Median minutes', s.medianMinutes === null ? '—' : s.medianMinutes.toFixed(1)]
      ]}
    />
  )
}

import { useMemo } from 'react'
import type { InstanceAttendanceView } from '@shared/ipc/contracts/attendance-contract'
import { BarChart } from '../../components/BarChart'
import { presenceOverTime } from './presence-over-time'
import { formatClock, zoneSentence } from '../../lib/format'

export function PresenceChart({ data }: { data: InstanceAttendanceView }) {
  const points = useMemo(
    () => presenceOverTime(data.people, data.meeting.start, data.meeting.end),
    [data]
  )
  if (points.length === 0) return null
  return (
    <BarChart
      caption="People in the meeting over time"
      testId="presence-chart"
      axis={`Times in ${zoneSentence(data.meeting.start)}.`}
      bars={points.map((point) => ({
        key: String(point.at),
        value: point.people,
        label: formatClock(point.at)
      }))}
    />
  )
}

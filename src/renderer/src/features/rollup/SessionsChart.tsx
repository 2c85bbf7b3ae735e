import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { BarChart } from '../../components/BarChart'
import { formatDay, zoneSentence } from '../../lib/format'
import { attendedCounts } from './rollup-counts'

/** People at each session (the host counted only when asked), oldest first. */
export function SessionsChart({ view, includeHost }: { view: RollUpView; includeHost: boolean }) {
  const counts = attendedCounts(view, includeHost)
  return (
    <BarChart
      caption="People who attended each session"
      testId="sessions-chart"
      axis={`Sessions by the day they started, in ${zoneSentence(view.instances[0]?.start)}.`}
      bars={view.instances.map((instance, index) => ({
        key: instance.uuid,
        value: counts[index] ?? 0,
        label: formatDay(instance.start)
      }))}
    />
  )
}

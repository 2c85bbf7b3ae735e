import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { BarChart } from '../../components/BarChart'
import { formatDay } from '../../lib/format'

export function SessionsChart({ view }: { view: RollUpView }) {
  return (
    <BarChart
      caption="People who joined each session"
      testId="sessions-chart"
      bars={view.instances.map((instance) => ({
        key: instance.uuid,
        value: instance.attended,
        label: formatDay(instance.start)
      }))}
    />
  )
}

import type { RollUpView } from '../../../../shared/ipc/contracts/rollup-contract'
import { BarChart } from '../../components/BarChart'

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })

export function SessionsChart({ view }: { view: RollUpView }) {
  return (
    <BarChart
      caption="People who joined each session"
      testId="sessions-chart"
      bars={view.instances.map((instance) => ({
        key: instance.uuid,
        value: instance.attended,
        label: instance.start ? dayFormat.format(new Date(instance.start)) : '?'
      }))}
    />
  )
}

import type { RollUpView } from '../../../../shared/ipc/contracts/rollup-contract'

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })

/** How many people joined each session, as bars; the numbers are also in the text for screen readers. */
export function SessionsChart({ view }: { view: RollUpView }) {
  const most = Math.max(1, ...view.instances.map((i) => i.attended))
  return (
    <figure className="sessions-chart" data-testid="sessions-chart">
      <figcaption>People who joined each session</figcaption>
      <ol className="bars">
        {view.instances.map((instance) => (
          <li key={instance.uuid} className="bar-item">
            <span
              className="bar"
              style={{ height: `${Math.round((instance.attended / most) * 100)}%` }}
              aria-hidden="true"
            />
            <span className="bar-value">{instance.attended}</span>
            <span className="bar-label">
              {instance.start ? dayFormat.format(new Date(instance.start)) : '?'}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  )
}

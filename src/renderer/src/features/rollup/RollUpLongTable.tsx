import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { formatDateTime } from '../../lib/format'

/** One row per person per session they joined: the "long" layout, as a table. */
export function RollUpLongTable({
  view,
  people
}: {
  view: RollUpView
  people: RollUpView['people']
}) {
  const rows = people.flatMap((person, p) =>
    person.minutes.flatMap((minutes, i) =>
      minutes === 0 ? [] : [{ key: `${p}-${i}`, person, session: view.instances[i], minutes }]
    )
  )
  return (
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Each person’s sessions">
      <table className="matrix" data-testid="rollup-long">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Session</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.person.name || '(no name)'}</th>
              <td>{row.person.email || '—'}</td>
              <td>{formatDateTime(row.session?.start ?? null)}</td>
              <td className="num">{row.minutes === null ? '?' : row.minutes.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { formatDay } from '../../lib/format'

/** One row per person, one column per session, minutes in each cell. */
export function RollUpMatrix({ view, people }: { view: RollUpView; people: RollUpView['people'] }) {
  return (
    <div
      className="matrix-scroll"
      tabIndex={0}
      role="region"
      aria-label="Minutes per person per session"
    >
      <table className="matrix" data-testid="rollup-matrix">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Sessions attended</th>
            <th scope="col">Total minutes</th>
            {view.instances.map((instance) => (
              <th scope="col" key={instance.uuid}>
                {formatDay(instance.start)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {people.map((person, index) => (
            <tr key={`${person.email}-${person.name}-${index}`}>
              <th scope="row">{person.name || '(no name)'}</th>
              <td>{person.email || '—'}</td>
              <td className="num">
                {person.instancesAttended} of {view.instances.length}
              </td>
              <td className="num">
                {person.totalMinutes === null ? '—' : person.totalMinutes.toFixed(1)}
              </td>
              {person.minutes.map((minutes, column) => (
                <td key={column} className="num">
                  {minutes === null ? '?' : minutes === 0 ? '' : minutes.toFixed(0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { formatDateTime } from '../../lib/format'
import ui from '../../styles/ui.module.css'
import { OfflineNotice } from '../archive/OfflineNotice'
import {
  goneCount,
  goneFromZoomText,
  provenanceText,
  sourcesSummary
} from '../archive/provenance-words'

/**
 * Where a roll-up's sessions came from: offline or not, main's remarks on what they cover, one
 * line for all of them, and the source of each session behind a disclosure, for the admin who
 * needs to say where a number came from.
 */
export function RollUpProvenance({ view }: { view: RollUpView }) {
  const provenances = view.instances.map((instance) => instance.provenance)
  const gone = goneCount(provenances)
  return (
    <div data-testid="rollup-provenance">
      {view.offline ? <OfflineNotice /> : null}
      {view.notes && view.notes.length > 0 ? (
        <ul className={ui.muted}>
          {view.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <p className={ui.muted}>
        {sourcesSummary(provenances)}
        {gone > 0
          ? ` ${gone} ${gone === 1 ? 'is' : 'are'} no longer on Zoom (kept in your archive).`
          : ''}
      </p>
      {view.instances.length > 0 ? (
        <details>
          <summary>Where each session came from</summary>
          <ul>
            {view.instances.map((instance) => {
              const p = instance.provenance
              const goneText = p.kind === 'archive' ? goneFromZoomText(p.goneFromZoomSince) : null
              return (
                <li key={instance.uuid}>
                  {instance.topic}, {formatDateTime(instance.start)}: {provenanceText(p)}
                  {goneText ? `. ${goneText}` : ''}
                </li>
              )
            })}
          </ul>
        </details>
      ) : null}
    </div>
  )
}

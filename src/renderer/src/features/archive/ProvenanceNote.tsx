import type { Provenance } from '@shared/ipc/contracts/archive-contract'
import ui from '../../styles/ui.module.css'
import { goneFromZoomText, provenanceText } from './provenance-words'

/** Where one session's data came from, in a line under its title. */
export function ProvenanceNote({ provenance }: { provenance: Provenance }) {
  const gone = provenance.kind === 'archive' ? goneFromZoomText(provenance.goneFromZoomSince) : null
  return (
    <p className={ui.muted} data-testid="provenance">
      {provenanceText(provenance)}.{gone ? ` ${gone}.` : ''}
    </p>
  )
}

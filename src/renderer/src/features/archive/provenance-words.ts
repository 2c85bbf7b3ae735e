/**
 * The sentences that say where shown data came from: the archive on this computer (and since
 * when Zoom no longer has it), or Zoom just now. Every view uses these, so the words match.
 */
import type { Provenance } from '@shared/ipc/contracts/archive-contract'
import { formatDate, formatDateTime } from '../../lib/format'

export function provenanceText(provenance: Provenance): string {
  return provenance.kind === 'archive'
    ? `Archived ${formatDateTime(provenance.archivedAt)}`
    : 'Live from Zoom'
}

/** Null while Zoom still has the session. */
export function goneFromZoomText(since: string | null): string | null {
  return since ? `No longer on Zoom since ${formatDate(since)} (kept in your archive)` : null
}

/** One line for many sessions, e.g. a roll-up: "8 from your archive, 4 live from Zoom". */
export function sourcesSummary(provenances: readonly Provenance[]): string {
  const archived = provenances.filter((p) => p.kind === 'archive').length
  const live = provenances.length - archived
  const sessions = (n: number): string => `${n} ${n === 1 ? 'session' : 'sessions'}`
  if (provenances.length === 0) return 'No sessions.'
  if (live === 0) return `All ${sessions(archived)} from your archive on this computer.`
  if (archived === 0) return `All ${sessions(live)} live from Zoom.`
  return `${sessions(archived)} from your archive on this computer, ${live} live from Zoom.`
}

export function goneCount(provenances: readonly Provenance[]): number {
  return provenances.filter((p) => p.kind === 'archive' && p.goneFromZoomSince !== null).length
}

/**
 * Fetch-and-archive for one meeting instance: the detail, every participant page and the
 * registrants of every status, read with the same fetchers the live views use, then stored in
 * one transaction. Sync stores each new instance this way; a refresh replaces the archived copy
 * (the old one stays until the new one is committed). An instance Zoom no longer has (3001,
 * 12702) stays in the archive, marked gone.
 */
import { AppFailure } from '../../../shared/app-error'
import type { Archive, AccountId, StoreResult } from '../../archive'
import { zoomErrorCode, type MeetingRef, type ZoomClient } from '../../zoom'
import type { ArchiveInput, ListedFacts } from '../fetch/archive-input'
import { fetchWholeInstance, type WholeInstanceOptions } from '../fetch/whole-instance'

/** What the listing said about an instance, used where the detail leaves a field out. */
export type ListedInstance = ListedFacts

export type FetchForArchiveOptions = WholeInstanceOptions

/** One instance as fetched, ready to store for any account. */
export type FetchedInstance = ArchiveInput

export type ArchiveOutcome =
  | { outcome: 'new' | 'replaced'; stored: StoreResult; fetched: FetchedInstance }
  /** Zoom answered 3001 or 12702; `archived` says whether a kept copy was marked gone. */
  | { outcome: 'gone'; zoomCode: number; archived: boolean }

const goneCodes = new Set([3001, 12702])

/** Zoom no longer serves this instance (deleted, or past its retention). */
export function isGoneFromZoom(error: unknown): boolean {
  if (!(error instanceof AppFailure) || error.appError.code !== 'not-found') return false
  const code = zoomErrorCode(error)
  return code !== undefined && goneCodes.has(code)
}

/** Fetches one instance (a UUID, or a numeric id for its latest run) without storing it. */
export const fetchInstanceForArchive = fetchWholeInstance

/**
 * Fetches one instance and stores it for `account`, replacing an archived copy. When Zoom no
 * longer has it, an archived copy is kept and marked gone instead.
 */
export async function archiveInstance(
  client: ZoomClient,
  archive: Archive,
  account: AccountId,
  ref: MeetingRef,
  options: FetchForArchiveOptions = {}
): Promise<ArchiveOutcome> {
  let fetched: FetchedInstance
  try {
    fetched = await fetchInstanceForArchive(client, ref, options)
  } catch (error) {
    if (!isGoneFromZoom(error)) throw error
    const uuid = typeof ref === 'string' ? ref : ''
    const archived = uuid !== '' && (await archive.hasInstance(account, uuid))
    const zoomCode = zoomErrorCode(error) ?? 3001
    if (archived) await archive.markGone(account, uuid, options.now?.() ?? new Date(), zoomCode)
    return { outcome: 'gone', zoomCode, archived }
  }
  const stored = await archive.storeInstance({ account, ...fetched })
  return { outcome: stored.outcome, stored, fetched }
}

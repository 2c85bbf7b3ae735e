/**
 * Fetch-and-archive for one meeting instance: the detail, every participant page and the
 * registrants of every status, read with the same fetchers the live views use, then stored in
 * one transaction. Sync stores each new instance this way; a refresh replaces the archived copy
 * (the old one stays until the new one is committed). An instance Zoom no longer has (3001,
 * 12702) stays in the archive, marked gone.
 */
import { AppFailure } from '../../../shared/app-error'
import type { Archive, AccountId, HostInput, StoreInstanceInput, StoreResult } from '../../archive'
import { zoomErrorCode, type MeetingRef, type ZoomClient } from '../../zoom'
import { parseInstant, text } from '../engine/field-values'
import { fetchInstanceRegistrants, type ScheduleMemo } from '../fetch/instance-registrants'
import { fetchInstanceRows } from '../fetch/instance-rows'

/** What the listing said about an instance, used where the detail leaves a field out. */
export interface ListedInstance {
  meetingId?: string
  topic?: string
  type?: number
  host?: HostInput
}

export interface FetchForArchiveOptions {
  signal?: AbortSignal
  /** Shared by the instances of one sync: GET /meetings/{id} once per meeting. */
  schedules?: ScheduleMemo
  listed?: ListedInstance
  now?: () => Date
}

/** One instance as fetched, ready to store for any account. */
export type FetchedInstance = Omit<StoreInstanceInput, 'account'>

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
export async function fetchInstanceForArchive(
  client: ZoomClient,
  ref: MeetingRef,
  options: FetchForArchiveOptions = {}
): Promise<FetchedInstance> {
  const { signal, listed } = options
  const rows = await fetchInstanceRows(client, ref, { signal })
  const uuid = text(rows.detail.uuid) || (typeof ref === 'string' ? ref : '')
  const meetingId = text(rows.detail.id) || listed?.meetingId || ''
  const registration = await fetchInstanceRegistrants(
    client,
    meetingId,
    parseInstant(rows.detail.start_time),
    { signal, schedules: options.schedules }
  )
  const detailType = (rows.detail as { type?: unknown }).type
  return {
    meeting: {
      kind: 'meeting',
      id: meetingId,
      topic: text(rows.detail.topic) || listed?.topic,
      type: typeof detailType === 'number' ? detailType : (listed?.type ?? null)
    },
    ...(listed?.host ? { host: listed.host } : {}),
    detail: { ...rows.detail, uuid },
    source: rows.source,
    participants: rows.participants,
    registrants: registration.registrants,
    notes: [...rows.notes, ...registration.notes],
    fetchedAt: options.now?.() ?? new Date()
  }
}

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

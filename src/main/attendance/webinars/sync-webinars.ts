/**
 * Sync for webinars, run after the meeting sync: for each host, their webinars (Zoom's list, plus
 * the ids already archived, since Zoom drops one-off webinars from its list a month after they
 * ran), each webinar's past instances in the range, and every one not archived yet fetched whole
 * and stored as kind 'webinar'. A host or account without the Webinar add-on is skipped: one
 * sentence, never a failure. A failed instance is recorded like a meeting's and retried next time.
 */
import { toAppError } from '../fetch/fetch-errors'
import type { AccountId, Archive } from '../../archive'
import { isNoWebinarLicence, type ZoomClient } from '../../zoom'
import { chooseHosts } from '../archiving/sync-hosts'
import { fetchWholeWebinar } from './fetch-webinar'

export interface SyncWebinarsOptions {
  account: AccountId
  hosts?: readonly string[]
  /** Epoch ms, inclusive start and exclusive end on the instance start; default everything. */
  fromMs?: number
  toMs?: number
  signal?: AbortSignal
  now?: () => Date
}

export interface WebinarSyncResult {
  newInstances: number
  alreadyArchived: number
  failed: number
  /** Plain sentences: the no-licence line, when it applied. */
  notes: string[]
}

export const noLicenceNote = 'This account has no webinar licence.'

export async function syncWebinars(
  client: ZoomClient,
  archive: Archive,
  options: SyncWebinarsOptions
): Promise<WebinarSyncResult> {
  const { account, signal } = options
  const result: WebinarSyncResult = { newInstances: 0, alreadyArchived: 0, failed: 0, notes: [] }
  const hosts = await chooseHosts(client, options.hosts, signal)
  let unlicensed = 0
  for (const host of hosts) {
    let ids: string[]
    try {
      const listed = await client
        .listUserWebinars(host.zoomUserId, 'scheduled', { signal })
        .toArray()
      ids = listed.flatMap((w) => (w.id === undefined ? [] : [String(w.id)]))
    } catch (error) {
      if (!isNoWebinarLicence(error)) throw error
      unlicensed++
      continue
    }
    const archived = await archive.listInstances({
      account,
      hostZoomId: host.zoomUserId,
      kind: 'webinar'
    })
    for (const id of new Set([...ids, ...archived.map((i) => i.meetingId)])) {
      await syncOneWebinar(client, archive, id, host, options, result)
    }
  }
  if (hosts.length > 0 && unlicensed === hosts.length) result.notes.push(noLicenceNote)
  return result
}

async function syncOneWebinar(
  client: ZoomClient,
  archive: Archive,
  webinarId: string,
  host: { zoomUserId: string; email: string; displayName: string },
  options: SyncWebinarsOptions,
  result: WebinarSyncResult
): Promise<void> {
  const { account, signal } = options
  const instances = await client.listPastWebinarInstances(webinarId, { signal }).catch((error) => {
    // Never held, or gone from Zoom: nothing to list.
    if (toAppError(error).code === 'not-found') return []
    throw error
  })
  const inRange = instances.filter((i) => {
    const start = Date.parse(i.start_time ?? '')
    if (!i.uuid) return false
    if (options.fromMs !== undefined && !(start >= options.fromMs)) return false
    return !(options.toMs !== undefined && start >= options.toMs)
  })
  const uuids = inRange.map((i) => i.uuid as string)
  const have = await archive.archivedUuids(account, uuids)
  result.alreadyArchived += have.size
  const nowMs = (options.now?.() ?? new Date()).getTime()
  for (const uuid of uuids.filter((u) => !have.has(u))) {
    try {
      const input = await fetchWholeWebinar(client, uuid, { signal, now: options.now })
      const end = Date.parse(String(input.detail.end_time ?? ''))
      if (input.participants.length === 0 || !(end <= nowMs)) continue
      await archive.storeInstance({ ...input, account, host })
      result.newInstances++
    } catch (error) {
      const appError = toAppError(error)
      if (appError.code === 'cancelled') throw error
      result.failed++
      await archive.recordFailure(account, {
        uuid,
        meetingId: webinarId,
        kind: 'webinar',
        error: { code: appError.code, message: appError.message }
      })
    }
  }
}

/**
 * Sync: for each chosen host, list the ended meetings month by month (back to Zoom's six
 * months, skipping months already complete), and archive every instance not archived yet, each
 * in one transaction. Listing and archiving overlap, and several instances are fetched at once,
 * so the time goes to Zoom's Heavy rate limit (which the client paces at), not to latency.
 *
 * Resumable by construction: a month's state is written only once all its instances are
 * stored, so a cancel, crash or kill loses at most the instances in flight, and the next run
 * lists that month again and skips what is already archived. A failed instance is recorded
 * with its error and retried by the next sync.
 */
import PQueue from 'p-queue'
import { appErrorCodes, type AppError } from '../../../shared/app-error'
import type { ArchiveFailure, SyncSummary } from '../../../shared/ipc/contracts/archive-contract'
import type { AccountId, Archive, FailureEntry, InstanceFilter, SessionKind } from '../../archive'
import type { ReportMeetingListItem, ZoomClient } from '../../zoom'
import { parseInstant, text } from '../engine/field-values'
import { isCancelled, stopsTheBatch, throwIfAborted, toAppError } from '../fetch/fetch-errors'
import type { ScheduleMemo } from '../fetch/instance-registrants'
import { syncWebinars } from '../webinars/sync-webinars'
import { archiveInstance, type ListedInstance } from './archive-instance'
import { chooseHosts, type SyncHost } from './sync-hosts'
import { monthWindows, syncRange, type MonthWindow } from './sync-months'

export interface SyncArchiveOptions {
  account: AccountId
  /** Host emails or Zoom user ids; every active user when left out. */
  hosts?: readonly string[]
  /** yyyy-mm-dd, inclusive; by default Zoom's six months up to today. */
  from?: string
  to?: string
  signal?: AbortSignal
  /** Instances finished out of those found so far that need fetching. */
  onProgress?: (done: number, total: number) => void
  /** Instances fetched at once (default 6); the client paces the requests themselves. */
  concurrency?: number
  now?: () => Date
  /** Also archive webinar sessions after the meetings, counted in the same summary. */
  includeWebinars?: boolean
}

export interface SyncResult {
  summary: SyncSummary
  /** The --from asked for, when it was before Zoom's six months and the walk began later. */
  clampedFrom: string | null
  /** Instances this sync fetched (new, gone or failed). */
  fetched: number
}

const kind: SessionKind = 'meeting'

interface WindowWork {
  host: SyncHost
  window: MonthWindow
  listed: number
  pending: number
  clean: boolean
}

interface Planned extends ListedInstance {
  uuid: string
  startMs: number | null
  window: WindowWork | null
}

export async function syncArchive(
  client: ZoomClient,
  archive: Archive,
  options: SyncArchiveOptions
): Promise<SyncResult> {
  const now = options.now ?? (() => new Date())
  const { account } = options
  const range = syncRange(now(), options.from, options.to)
  throwIfAborted(options.signal)
  // Stops in-flight work too once a failure means every further call would fail the same way.
  const halt = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, halt.signal]) : halt.signal
  const hosts = await chooseHosts(client, options.hosts, signal)
  const complete = new Set(
    (await archive.syncWindows(account))
      .filter((w) => w.state === 'complete' && w.kind === kind)
      .map((w) => `${w.hostZoomId}\n${w.month}`)
  )
  const knownFailures = new Map((await archive.listFailures(account)).map((f) => [f.uuid, f]))

  const seen = new Set<string>()
  const failedNow = new Set<string>()
  const schedules: ScheduleMemo = new Map()
  let newInstances = 0
  let alreadyArchived = 0
  let goneFromZoom = 0
  let stoppedBy: AppError | null = null
  let done = 0
  let total = 0
  const report = (): void => options.onProgress?.(done, total)
  const stopped = (): boolean => signal.aborted
  const stop = (error: AppError): void => {
    stoppedBy ??= error
    halt.abort()
  }

  const fetching = new PQueue({ concurrency: Math.max(1, Math.floor(options.concurrency ?? 6)) })
  // Few listing calls at once: each is one Heavy call, and instances need the Heavy slots too.
  const listing = new PQueue({ concurrency: 2 })

  const finishWindow = async (work: WindowWork): Promise<void> => {
    if (stopped()) return
    await archive.setSyncWindow(account, {
      hostZoomId: work.host.zoomUserId,
      kind,
      month: work.window.month,
      state: work.clean && work.window.wholeMonth ? 'complete' : 'partial',
      listed: work.listed,
      syncedAtMs: now().getTime()
    })
  }

  const archiveOne = async (planned: Planned): Promise<void> => {
    if (stopped()) return
    try {
      const outcome = await archiveInstance(client, archive, account, planned.uuid, {
        signal,
        schedules,
        listed: planned,
        now
      })
      if (outcome.outcome === 'gone') goneFromZoom++
      else newInstances++
      if (knownFailures.has(planned.uuid)) await archive.clearFailure(account, planned.uuid)
    } catch (error) {
      if (isCancelled(error, signal)) return
      const appError = toAppError(error)
      if (stopsTheBatch(appError)) {
        stop(appError)
        return
      }
      if (planned.window) planned.window.clean = false
      failedNow.add(planned.uuid)
      await archive.recordFailure(account, {
        uuid: planned.uuid,
        meetingId: planned.meetingId ?? '',
        kind,
        topic: planned.topic ?? '',
        startMs: planned.startMs,
        error: { code: appError.code, message: appError.message }
      })
    }
    done++
    report()
    if (planned.window && --planned.window.pending === 0) await finishWindow(planned.window)
  }

  const plan = (items: Planned[]): void => {
    total += items.length
    report()
    for (const item of items) void fetching.add(() => archiveOne(item)).catch(stopOnStorage)
  }
  // A storage failure (disk full, locked file) ends the sync with its own sentence.
  const stopOnStorage = (error: unknown): void => stop(toAppError(error))

  const listWindow = async (work: WindowWork): Promise<void> => {
    if (stopped()) return
    let meetings: ReportMeetingListItem[]
    try {
      meetings = await client
        .listReportMeetings(work.host.zoomUserId, work.window.from, work.window.to, { signal })
        .toArray()
    } catch (error) {
      if (isCancelled(error, signal)) return
      const appError = toAppError(error)
      // A host removed since the user list has nothing left to list.
      if (appError.code !== 'not-found') stop(appError)
      return
    }
    const fresh = meetings
      .map((meeting) => plannedFrom(meeting, work))
      .filter((item): item is Planned => item !== null && !seen.has(item.uuid))
    for (const item of fresh) seen.add(item.uuid)
    work.listed = meetings.length
    const archived = await archive.archivedUuids(
      account,
      fresh.map((item) => item.uuid)
    )
    const missing = fresh.filter((item) => !archived.has(item.uuid))
    alreadyArchived += fresh.length - missing.length
    work.pending = missing.length
    if (missing.length === 0) await finishWindow(work)
    else plan(missing)
  }

  report()
  const windows = monthWindows(range, now()).reverse() // newest first: recent meetings matter most
  const work: WindowWork[] = []
  for (const host of hosts) {
    for (const window of windows) {
      if (!complete.has(`${host.zoomUserId}\n${window.month}`)) {
        work.push({ host, window, listed: 0, pending: 0, clean: true })
        continue
      }
      // A complete month is not listed again; what it holds counts as already archived.
      alreadyArchived += (await archive.listInstances(windowFilter(account, host, window))).length
    }
  }
  await Promise.all(work.map((w) => listing.add(() => listWindow(w)).catch(stopOnStorage)))

  // Failures this walk did not list again (another host, another range) are retried by UUID.
  const fullWalk =
    options.hosts === undefined && options.from === undefined && options.to === undefined
  if (fullWalk && !stopped()) {
    plan(
      [...knownFailures.values()]
        // Webinar failures are retried by the webinar sync, which lists their webinar again.
        .filter((failure) => !seen.has(failure.uuid) && failure.kind !== 'webinar')
        .map((failure) => ({
          uuid: failure.uuid,
          meetingId: failure.meetingId,
          topic: failure.topic,
          startMs: failure.startMs ?? null,
          window: null
        }))
    )
  }
  await fetching.onIdle()
  if (options.includeWebinars && !stopped()) {
    try {
      const webinars = await syncWebinars(client, archive, {
        account,
        hosts: options.hosts,
        fromMs: Date.parse(`${range.from}T00:00:00Z`),
        toMs: Date.parse(`${range.to}T00:00:00Z`) + 86_400_000,
        signal,
        now
      })
      newInstances += webinars.newInstances
      alreadyArchived += webinars.alreadyArchived
    } catch (error) {
      if (!isCancelled(error, signal)) stop(toAppError(error))
    }
  }

  const cancelled = options.signal?.aborted === true
  const failures = (await archive.listFailures(account)).filter((f) => failedNow.has(f.uuid))
  const summary: SyncSummary = {
    hosts: hosts.length,
    newInstances,
    alreadyArchived,
    goneFromZoom,
    failed: failures.map(toArchiveFailure),
    cancelled,
    stoppedBy: cancelled ? null : stoppedBy,
    finishedAt: now().toISOString()
  }
  await archive.recordSyncRun(account, { finishedAtMs: now().getTime(), summary })
  return { summary, clampedFrom: range.clampedFrom, fetched: done }
}

function windowFilter(account: AccountId, host: SyncHost, window: MonthWindow): InstanceFilter {
  return {
    account,
    hostZoomId: host.zoomUserId,
    kind,
    fromMs: Date.parse(`${window.from}T00:00:00Z`),
    toMs: Date.parse(`${window.to}T00:00:00Z`) + 86_400_000
  }
}

function plannedFrom(meeting: ReportMeetingListItem, work: WindowWork): Planned | null {
  const uuid = text(meeting.uuid)
  if (uuid === '') return null
  return {
    uuid,
    meetingId: meeting.id === undefined ? '' : String(meeting.id),
    topic: text(meeting.topic),
    ...(typeof meeting.type === 'number' ? { type: meeting.type } : {}),
    host: work.host,
    startMs: parseInstant(meeting.start_time),
    window: work
  }
}

const knownCodes: readonly string[] = appErrorCodes

/** A stored failure in the shape the window and the CLI show. */
export function toArchiveFailure(failure: FailureEntry): ArchiveFailure {
  const code = knownCodes.includes(failure.error.code) ? failure.error.code : 'internal'
  return {
    uuid: failure.uuid,
    meetingId: failure.meetingId,
    topic: failure.topic ? failure.topic : null,
    start: typeof failure.startMs === 'number' ? new Date(failure.startMs).toISOString() : null,
    error: { code: code as AppError['code'], message: failure.error.message },
    attempts: failure.attempts
  }
}

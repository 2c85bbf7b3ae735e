import PQueue from 'p-queue'
import type { AppError } from '../../../shared/app-error'
import type { ZoomClient } from '../../zoom'
import type { InstanceArchive } from './instance-archive'
import {
  checkBeforeFetching,
  bookOf,
  readInstanceAttendance,
  type ReadInstanceAttendance
} from './instance-attendance'
import type { ScheduleMemo } from './instance-registrants'
import {
  listRollUpInstances,
  type RollUpInstanceRef,
  type RollUpSelection
} from './roll-up-instances'
import { isCancelled, stopsTheBatch, toAppError } from './fetch-errors'

export interface FetchRollUpOptions {
  signal?: AbortSignal
  thresholdPercent?: number
  /** Instances finished (fetched or failed) out of all planned. */
  onProgress?: (done: number, total: number) => void
  /** Instances fetched at once; default 3. The client paces the requests themselves. */
  concurrency?: number
  /** Read first, and where ended meetings fetched from Zoom are kept. */
  archive?: InstanceArchive
  now?: () => Date
  /** The listing's progress (month windows), before instances are read. */
  onListing?: (done: number, total: number) => void
}

export interface RollUpFailure {
  meeting: RollUpInstanceRef
  error: AppError
}

export interface FetchedRollUp {
  /** Every planned instance, oldest first. */
  planned: RollUpInstanceRef[]
  /** What was read, ready for rollUp(instances, layout); each says where it came from. */
  instances: ReadInstanceAttendance[]
  failures: RollUpFailure[]
  /** Planned instances never started: the signal was aborted or `stoppedBy` happened. */
  skipped: RollUpInstanceRef[]
  cancelled: boolean
  /** A failure that would repeat for every instance (sign-in, scopes, daily limit). */
  stoppedBy: AppError | null
  /** Zoom could not be reached for the listing: only archived instances were planned. */
  offline: boolean
  /** Plain sentences about what the listing covers. */
  notes: string[]
}

/**
 * Reads every instance of a selection, archive first. One instance failing does not lose the
 * others: its meeting and error go to `failures`. Cancelling stops new reads; what finished is
 * returned. Listing the instances themselves can fail (bad dates, unknown meeting): that throws.
 * `client` null means offline: the archive only.
 */
export async function fetchRollUp(
  client: ZoomClient | null,
  selection: RollUpSelection,
  options: FetchRollUpOptions = {}
): Promise<FetchedRollUp> {
  const thresholdPercent = checkBeforeFetching(options)
  const { signal, archive } = options
  const plan = await listRollUpInstances(client, selection, {
    signal,
    now: options.now,
    archive,
    onProgress: options.onListing
  })
  const planned = plan.refs
  const results = new Array<ReadInstanceAttendance | undefined>(planned.length)
  const started = new Uint8Array(planned.length)
  const failures: RollUpFailure[] = []
  const schedules: ScheduleMemo = new Map()
  // The identity book once for the whole roll-up: every instance applies the same decisions.
  const decisions = await bookOf(archive)
  const clock = options.now
  const nowMs = clock ? (): number => clock().getTime() : undefined
  let stoppedBy: AppError | null = null
  let done = 0
  options.onProgress?.(0, planned.length)
  // At most `concurrency` instances in memory and in flight; the client paces the requests.
  // Once cancelled, or once a failure means the rest would fail too, no new instance starts.
  const queue = new PQueue({ concurrency: Math.max(1, Math.floor(options.concurrency ?? 3) || 1) })
  const stopped = (): boolean => signal?.aborted === true || stoppedBy !== null
  await Promise.all(
    planned.map((ref, index) =>
      queue.add(async () => {
        if (stopped()) return
        started[index] = 1
        try {
          // Offline after a failed listing too: the planned instances are the archived ones.
          results[index] = await readInstanceAttendance(plan.offline ? null : client, ref.uuid, {
            signal,
            thresholdPercent,
            archive,
            schedules,
            now: nowMs,
            decisions
          })
        } catch (error) {
          if (isCancelled(error, signal)) {
            started[index] = 0
            return
          }
          const appError = toAppError(error)
          failures.push({ meeting: ref, error: appError })
          if (stopsTheBatch(appError)) stoppedBy ??= appError
        }
        done++
        options.onProgress?.(done, planned.length)
      })
    )
  )
  return {
    planned,
    instances: results.filter((r): r is ReadInstanceAttendance => r !== undefined),
    failures: failures.sort((a, b) => planned.indexOf(a.meeting) - planned.indexOf(b.meeting)),
    skipped: planned.filter((_ref, index) => started[index] === 0),
    cancelled: signal?.aborted === true,
    stoppedBy,
    offline: plan.offline,
    notes: plan.notes
  }
}

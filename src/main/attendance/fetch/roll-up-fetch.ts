import PQueue from 'p-queue'
import type { AppError } from '../../../shared/app-error'
import type { ZoomClient } from '../../zoom'
import type { AttendanceCache } from './attendance-cache'
import {
  checkBeforeFetching,
  fetchInstanceAttendance,
  type FetchedInstanceAttendance
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
  cache?: AttendanceCache
  now?: () => Date
}

export interface RollUpFailure {
  meeting: RollUpInstanceRef
  error: AppError
}

export interface FetchedRollUp {
  /** Every planned instance, oldest first. */
  planned: RollUpInstanceRef[]
  /** What was fetched, ready for rollUp(instances, layout). */
  instances: FetchedInstanceAttendance[]
  failures: RollUpFailure[]
  /** Planned instances never started: the signal was aborted or `stoppedBy` happened. */
  skipped: RollUpInstanceRef[]
  cancelled: boolean
  /** A failure that would repeat for every instance (sign-in, scopes, daily limit). */
  stoppedBy: AppError | null
}

/**
 * Fetches every instance of a selection. One instance failing does not lose the others: its
 * meeting and error go to `failures`. Cancelling stops new fetches; what finished is returned.
 * Listing the instances themselves can fail (bad dates, unknown meeting): that throws.
 */
export async function fetchRollUp(
  client: ZoomClient,
  selection: RollUpSelection,
  options: FetchRollUpOptions = {}
): Promise<FetchedRollUp> {
  const thresholdPercent = checkBeforeFetching(options)
  const { signal } = options
  const planned = await listRollUpInstances(client, selection, { signal, now: options.now })
  const results = new Array<FetchedInstanceAttendance | undefined>(planned.length)
  const started = new Uint8Array(planned.length)
  const failures: RollUpFailure[] = []
  const schedules: ScheduleMemo = new Map()
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
          results[index] = await fetchInstanceAttendance(client, ref.uuid, {
            signal,
            thresholdPercent,
            cache: options.cache,
            schedules,
            now: nowMs
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
    instances: results.filter((r): r is FetchedInstanceAttendance => r !== undefined),
    failures: failures.sort((a, b) => planned.indexOf(a.meeting) - planned.indexOf(b.meeting)),
    skipped: planned.filter((_ref, index) => started[index] === 0),
    cancelled: signal?.aborted === true,
    stoppedBy
  }
}

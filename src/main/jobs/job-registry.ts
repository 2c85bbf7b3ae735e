import { randomUUID } from 'node:crypto'
import { AppFailure } from '../../shared/app-error'
import type { JobProgress } from '../../shared/ipc/contract'

export interface JobHandle {
  id: string
  signal: AbortSignal
  /** Reports progress; time left is estimated from the pace so far. */
  progress(done: number, total: number | null): void
  finish(state: 'finished' | 'failed'): void
}

export interface JobOptions {
  /** The account the job works for ('demo' or a profile id), so forgetting it can stop the job. */
  account?: string
}

export interface RunOptions<T> extends JobOptions {
  /** What a result means: 'failed' when, say, every session of a roll-up failed. */
  outcome?: (result: T) => 'finished' | 'failed'
}

export interface JobRegistry {
  /**
   * `requestedId` lets the window pick the id, so it can follow and cancel the job at once. An id
   * already in use is refused: Cancel must stop exactly the job the window means.
   */
  start(label: string, requestedId?: string, options?: JobOptions): JobHandle
  /**
   * Runs `work` as a job: finished when it resolves (or whatever `outcome` says of its result),
   * failed when it throws, cancelled when the window stopped it.
   */
  run<T>(
    label: string,
    requestedId: string | undefined,
    work: (job: JobHandle) => Promise<T>,
    options?: RunOptions<T>
  ): Promise<T>
  cancel(jobId: string): boolean
  /** Cancels every job of one account and waits until each has ended; how many there were. */
  stopAccount(account: string): Promise<number>
}

interface RunningJob {
  controller: AbortController
  account: string | undefined
  done: number
  /** Settles when the job has finished, whatever its outcome. */
  ended: Promise<void>
  markEnded: () => void
}

function duplicateId(id: string): AppFailure {
  return new AppFailure({
    code: 'invalid-input',
    message: `A task with the id "${id}" is already running, so a second one was not started.`,
    remedy: 'Wait for the first one to finish, or cancel it, then start again.'
  })
}

/** Long jobs (fetching many meetings, exports) get an id, progress events and a cancel switch. */
export function createJobRegistry(
  onProgress: (progress: JobProgress) => void,
  now: () => number = Date.now
): JobRegistry {
  const running = new Map<string, RunningJob>()

  function emit(
    id: string,
    label: string,
    done: number,
    total: number | null,
    state: JobProgress['state'],
    startedAt: number
  ): void {
    let secondsLeft: number | null = null
    if (state === 'running' && total !== null && done > 0 && done < total) {
      const elapsed = (now() - startedAt) / 1000
      secondsLeft = Math.max(0, Math.round((elapsed / done) * (total - done)))
    }
    onProgress({ jobId: id, label, done, total, secondsLeft, state })
  }

  function start(label: string, requestedId?: string, options: JobOptions = {}): JobHandle {
    if (requestedId !== undefined && running.has(requestedId)) throw duplicateId(requestedId)
    const id = requestedId ?? randomUUID()
    const controller = new AbortController()
    const startedAt = now()
    let markEnded = (): void => undefined
    const ended = new Promise<void>((resolve) => (markEnded = resolve))
    running.set(id, { controller, account: options.account, done: 0, ended, markEnded })
    let lastTotal: number | null = null
    emit(id, label, 0, null, 'running', startedAt)
    return {
      id,
      signal: controller.signal,
      progress(done, total) {
        const job = running.get(id)
        if (!job || controller.signal.aborted) return
        job.done = done
        lastTotal = total
        emit(id, label, done, total, 'running', startedAt)
      },
      finish(state) {
        const job = running.get(id)
        if (!job || job.controller !== controller) return
        running.delete(id)
        emit(
          id,
          label,
          job.done,
          lastTotal,
          controller.signal.aborted ? 'cancelled' : state,
          startedAt
        )
        job.markEnded()
      }
    }
  }

  return {
    start,
    async run(label, requestedId, work, options = {}) {
      const job = start(label, requestedId, options)
      try {
        const result = await work(job)
        job.finish(options.outcome?.(result) ?? 'finished')
        return result
      } catch (error) {
        job.finish('failed')
        throw error
      }
    },
    cancel(jobId) {
      const job = running.get(jobId)
      if (!job) return false
      job.controller.abort()
      return true
    },
    async stopAccount(account) {
      const jobs = [...running.values()].filter((job) => job.account === account)
      for (const job of jobs) job.controller.abort()
      await Promise.all(jobs.map((job) => job.ended))
      return jobs.length
    }
  }
}

import { randomUUID } from 'node:crypto'
import type { JobProgress } from '../../shared/ipc/contract'

export interface JobHandle {
  id: string
  signal: AbortSignal
  /** Reports progress; time left is estimated from the pace so far. */
  progress(done: number, total: number | null): void
  finish(state: 'finished' | 'failed'): void
}

export interface JobRegistry {
  /** `requestedId` lets the window pick the id, so it can follow and cancel the job at once. */
  start(label: string, requestedId?: string): JobHandle
  /**
   * Runs `work` as a job: finished when it resolves (or whatever `outcome` says of its result),
   * failed when it throws, cancelled when the window stopped it.
   */
  run<T>(
    label: string,
    requestedId: string | undefined,
    work: (job: JobHandle) => Promise<T>,
    outcome?: (result: T) => 'finished' | 'failed'
  ): Promise<T>
  cancel(jobId: string): boolean
}

/** Long jobs (fetching many meetings) get an id, progress events and a cancel switch. */
export function createJobRegistry(
  onProgress: (progress: JobProgress) => void,
  now: () => number = Date.now
): JobRegistry {
  const running = new Map<string, { controller: AbortController; label: string; done: number }>()

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

  function start(label: string, requestedId?: string): JobHandle {
    const id = requestedId && !running.has(requestedId) ? requestedId : randomUUID()
    const controller = new AbortController()
    const startedAt = now()
    running.set(id, { controller, label, done: 0 })
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
        if (!job) return
        running.delete(id)
        emit(
          id,
          label,
          job.done,
          lastTotal,
          controller.signal.aborted ? 'cancelled' : state,
          startedAt
        )
      }
    }
  }

  return {
    start,
    async run(label, requestedId, work, outcome) {
      const job = start(label, requestedId)
      try {
        const result = await work(job)
        job.finish(outcome?.(result) ?? 'finished')
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
    }
  }
}

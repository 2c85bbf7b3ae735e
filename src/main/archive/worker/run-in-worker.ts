/**
 * Starts the archive worker for one job and returns its result. From source (tests, the dev CLI)
 * the worker is TypeScript run through tsx; a build ships archive-worker.js beside this file.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppFailure } from '../../../shared/app-error'
import type { LongJobOptions } from '../archive-types'
import type { ArchiveJob, JobResults } from './jobs'
import type { WorkerInput, WorkerMessage } from './archive-worker'

function workerEntry(): { url: URL; execArgv: string[] } {
  const built = new URL('./archive-worker.js', import.meta.url)
  if (existsSync(fileURLToPath(built))) return { url: built, execArgv: [] }
  return { url: new URL('./archive-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] }
}

export function runInWorker<K extends ArchiveJob['kind']>(
  file: string,
  job: Extract<ArchiveJob, { kind: K }>,
  options: LongJobOptions = {}
): Promise<JobResults[K]> {
  const cancel = new SharedArrayBuffer(4)
  const flag = new Int32Array(cancel)
  const { url, execArgv } = workerEntry()
  const input: WorkerInput = { file, job, cancel }
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: input, execArgv })
    let settled = false
    const onAbort = (): void => void Atomics.store(flag, 0, 1)
    if (options.signal?.aborted) onAbort()
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const finish = (outcome: () => void): void => {
      if (settled) return
      settled = true
      options.signal?.removeEventListener('abort', onAbort)
      outcome()
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.done, message.total)
      else if (message.type === 'done') finish(() => resolve(message.result as JobResults[K]))
      else finish(() => reject(new AppFailure(message.error)))
    })
    worker.on('error', (error) =>
      finish(() =>
        reject(
          new AppFailure({
            code: 'internal',
            message: `The archive's background task stopped unexpectedly (${error.message}).`,
            remedy: 'Try again; if it keeps happening, restart Headcount.'
          })
        )
      )
    )
    worker.on('exit', (code) =>
      finish(() =>
        reject(
          new AppFailure({
            code: 'internal',
            message: `The archive's background task ended without an answer (exit code ${code}).`,
            remedy: 'Try again; if it keeps happening, restart Headcount.'
          })
        )
      )
    )
  })
}

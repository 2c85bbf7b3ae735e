/**
 * The calling side of the archive worker: one long-lived worker thread per open archive, started
 * on first use, which runs the jobs in order. From source (tests, the dev CLI) the worker is
 * TypeScript run through tsx; a build ships archive-worker.js beside this file.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppFailure } from '../../../shared/app-error'
import type { LongJobOptions } from '../archive-types'
import type { ArchiveJob, JobResults } from './jobs'
import type { JobRequest, WorkerMessage, WorkerSetup } from './archive-worker'

interface Pending {
  resolve: (result: unknown) => void
  reject: (error: AppFailure) => void
  onProgress?: (done: number, total: number) => void
}

function workerEntry(): { url: URL; execArgv: string[] } {
  const built = new URL('./archive-worker.js', import.meta.url)
  if (existsSync(fileURLToPath(built))) return { url: built, execArgv: [] }
  return { url: new URL('./archive-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] }
}

function stopped(detail: string): AppFailure {
  return new AppFailure({
    code: 'internal',
    message: `The archive's background task stopped unexpectedly (${detail}).`,
    remedy: 'Try again; if it keeps happening, restart Headcount.'
  })
}

export class ArchiveWorker {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(
    private readonly file: string,
    private readonly busyTimeoutMs?: number
  ) {}

  run<K extends ArchiveJob['kind']>(
    job: Extract<ArchiveJob, { kind: K }>,
    options: LongJobOptions = {}
  ): Promise<JobResults[K]> {
    const worker = this.started()
    const id = this.nextId++
    const cancel = new SharedArrayBuffer(4)
    const flag = new Int32Array(cancel)
    const onAbort = (): void => void Atomics.store(flag, 0, 1)
    if (options.signal?.aborted) onAbort()
    options.signal?.addEventListener('abort', onAbort, { once: true })
    return new Promise<JobResults[K]>((resolve, reject) => {
      const settle = (): void => {
        options.signal?.removeEventListener('abort', onAbort)
        this.pending.delete(id)
        if (this.pending.size === 0) worker.unref() // an idle archive never keeps the CLI alive
      }
      this.pending.set(id, {
        resolve: (result) => {
          settle()
          resolve(result as JobResults[K])
        },
        reject: (error) => {
          settle()
          reject(error)
        },
        onProgress: options.onProgress
      })
      worker.ref()
      worker.postMessage({ id, job, cancel } satisfies JobRequest)
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  private started(): Worker {
    if (this.worker) return this.worker
    const { url, execArgv } = workerEntry()
    const worker = new Worker(url, {
      workerData: { file: this.file, busyTimeoutMs: this.busyTimeoutMs } satisfies WorkerSetup,
      execArgv
    })
    worker.on('message', (message: WorkerMessage) => {
      const pending = this.pending.get(message.id)
      if (!pending) return
      if (message.type === 'progress') pending.onProgress?.(message.done, message.total)
      else if (message.type === 'done') pending.resolve(message.result)
      else pending.reject(new AppFailure(message.error))
    })
    const failAll = (error: AppFailure): void => {
      for (const pending of [...this.pending.values()]) pending.reject(error)
      if (this.worker === worker) this.worker = null
    }
    worker.on('error', (error) => failAll(stopped(error.message)))
    worker.on('exit', (code) => failAll(stopped(`exit code ${code}`)))
    this.worker = worker
    return worker
  }
}

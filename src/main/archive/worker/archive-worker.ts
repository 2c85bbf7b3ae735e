/**
 * Worker thread entry: runs archive jobs one after another, each on its own connection, so the
 * window never waits for a store into a large archive, an integrity check, a VACUUM, a backup or
 * a big import. Progress and results go back as messages tagged with the job's id; cancellation
 * arrives through a shared flag that the job checks between chunks.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isAppFailure, type AppError } from '../../../shared/app-error'
import { describeArchiveError } from '../archive-errors'
import { cancelledFailure, runJob, type ArchiveJob } from './jobs'

export interface WorkerSetup {
  file: string
  busyTimeoutMs?: number
}

export interface JobRequest {
  id: number
  job: ArchiveJob
  /** Int32 [0]: 1 once the caller cancelled. */
  cancel: SharedArrayBuffer
}

export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; error: AppError }

const { file, busyTimeoutMs } = workerData as WorkerSetup
const port = parentPort!
let queue = Promise.resolve()

port.on('message', (request: JobRequest) => {
  // One job at a time: SQLite takes one writer anyway, and the order of stores is kept.
  queue = queue.then(() => handle(request))
})

async function handle({ id, job, cancel }: JobRequest): Promise<void> {
  const flag = new Int32Array(cancel)
  let lastProgress = 0
  try {
    const result = await runJob(file, busyTimeoutMs, job, {
      progress: (done, total) => {
        // A few updates per second are plenty for a progress bar.
        const now = Date.now()
        if (now - lastProgress < 100 && done < total) return
        lastProgress = now
        port.postMessage({ id, type: 'progress', done, total } satisfies WorkerMessage)
      },
      checkCancelled: () => {
        if (Atomics.load(flag, 0) === 1) throw cancelledFailure()
      }
    })
    port.postMessage({ id, type: 'done', result } satisfies WorkerMessage)
  } catch (error) {
    const failure = isAppFailure(error) ? error : describeArchiveError(error, file, 'finish')
    port.postMessage({ id, type: 'failed', error: failure.appError } satisfies WorkerMessage)
  }
}

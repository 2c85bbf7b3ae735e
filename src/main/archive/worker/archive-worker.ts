/**
 * Worker thread entry: runs one archive job on its own connection, so the window never waits
 * for an integrity check, a VACUUM, a backup or a big import. Progress and the result go back as
 * messages; cancellation arrives through a shared flag checked between chunks.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isAppFailure } from '../../../shared/app-error'
import { describeArchiveError } from '../archive-errors'
import { cancelledFailure, runJob, type ArchiveJob } from './jobs'

export interface WorkerInput {
  file: string
  job: ArchiveJob
  /** Int32 [0]: 1 once the caller cancelled. */
  cancel: SharedArrayBuffer
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: import('../../../shared/app-error').AppError }

const { file, job, cancel } = workerData as WorkerInput
const flag = new Int32Array(cancel)
const post = (message: WorkerMessage): void => parentPort!.postMessage(message)

let lastProgress = 0
runJob(file, job, {
  progress: (done, total) => {
    // A few updates per second are plenty for a progress bar.
    const now = Date.now()
    if (now - lastProgress < 100 && done < total) return
    lastProgress = now
    post({ type: 'progress', done, total })
  },
  checkCancelled: () => {
    if (Atomics.load(flag, 0) === 1) throw cancelledFailure()
  }
})
  .then((result) => post({ type: 'done', result }))
  .catch((error: unknown) => {
    const failure = isAppFailure(error) ? error : describeArchiveError(error, file, 'finish')
    post({ type: 'failed', error: failure.appError })
  })

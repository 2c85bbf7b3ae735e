/**
 * The jobs that may take longer than a frame (~50 ms) on a large archive, and how each runs on
 * its own connection. The worker thread calls runJob; so can a test or the CLI, in-thread.
 */
import { AppFailure } from '../../../shared/app-error'
import type { ArchiveNotice, ArchiveStats, StoreInstanceInput, StoreResult } from '../archive-types'
import { describeArchiveError } from '../archive-errors'
import { ArchiveDb, type ImportOutcome } from '../sqlite/archive-db'
import {
  archiveStats,
  backupInto,
  forgetAccount,
  integrityFindings,
  pruneBefore,
  stageRestore,
  type JobControl
} from '../sqlite/maintenance'
import { prepareArchiveFile } from '../sqlite/prepare-file'

export type ArchiveJob =
  | { kind: 'prepare'; nowMs: number }
  | { kind: 'store'; input: StoreInstanceInput }
  | { kind: 'import'; inputs: StoreInstanceInput[] }
  | { kind: 'forget'; account: string }
  | { kind: 'prune'; cutoffMs: number; account: string | null }
  | { kind: 'integrity' }
  | { kind: 'backup'; target: string }
  | { kind: 'stage-restore'; source: string }
  | { kind: 'stats' }

export interface JobResults {
  prepare: ArchiveNotice[]
  store: StoreResult
  import: ImportOutcome
  forget: null
  prune: number
  integrity: string[]
  backup: null
  'stage-restore': string
  stats: ArchiveStats
}

const doing: Record<ArchiveJob['kind'], string> = {
  prepare: 'be opened',
  store: 'store this meeting',
  import: 'import the meetings',
  forget: "delete this account's archive",
  prune: 'remove old meetings',
  integrity: 'be checked',
  backup: 'be backed up',
  'stage-restore': 'be restored',
  stats: 'be measured'
}

export function cancelledFailure(): AppFailure {
  return new AppFailure({
    code: 'cancelled',
    message: 'Stopped. Everything finished before you cancelled is kept.'
  })
}

export async function runJob(
  file: string,
  busyTimeoutMs: number | undefined,
  job: ArchiveJob,
  control: JobControl
): Promise<JobResults[ArchiveJob['kind']]> {
  try {
    if (job.kind === 'prepare') return prepareArchiveFile(file, new Date(job.nowMs))
    if (job.kind === 'stage-restore') return await stageRestore(job.source, file, control)
    const archive = ArchiveDb.open(file, busyTimeoutMs)
    try {
      switch (job.kind) {
        case 'store':
          return archive.storeInstance(job.input)
        case 'import':
          return archive.importInstances(job.inputs, (done) => {
            control.progress(done, job.inputs.length)
            control.checkCancelled()
          })
        case 'forget':
          forgetAccount(archive.db, job.account, control)
          return null
        case 'prune':
          return pruneBefore(archive.db, job.cutoffMs, job.account, control)
        case 'integrity':
          return integrityFindings(archive.db)
        case 'backup':
          await backupInto(archive.db, job.target, control)
          return null
        case 'stats':
          return archiveStats(archive.db, file)
      }
    } finally {
      archive.close()
    }
  } catch (error) {
    throw describeArchiveError(error, file, doing[job.kind])
  }
}

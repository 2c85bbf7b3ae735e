/**
 * The SQLite implementation of the Archive interface. Short reads and single-instance writes run
 * on the caller's connection (a few milliseconds each); everything longer goes to a worker with
 * its own connection (see worker/jobs.ts).
 */
import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { fileTimestamp } from '../files/atomic-file'
import type {
  Archive,
  ArchiveNotice,
  ArchiveStats,
  InstanceFilter,
  LongJobOptions,
  PersonKey,
  Retention,
  StoreInstanceInput,
  SyncWindow,
  FailureInput,
  StoreResult,
  InstanceSummary,
  ArchivedInstance,
  HistoryEntry,
  FailureEntry,
  PersonMatch,
  PruneOptions,
  StoredProgramme,
  SyncRun,
  AccountStats,
  IdentityAction,
  IdentityActionInput
} from './archive-types'
import { describeArchiveError, storageFailure } from './archive-errors'
import { ArchiveDb } from './sqlite/archive-db'
import { ArchiveWorker } from './worker/archive-worker-client'
import type { ArchiveJob, JobResults } from './worker/jobs'

export interface OpenArchiveOptions {
  busyTimeoutMs?: number
  now?: () => Date
}

/** Opens (creating, migrating or recovering) the archive file; notices say what happened. */
export async function openSqliteArchive(
  file: string,
  options: OpenArchiveOptions = {}
): Promise<Archive> {
  const now = options.now ?? (() => new Date())
  const worker = new ArchiveWorker(file, options.busyTimeoutMs)
  try {
    const notices = await worker.run({ kind: 'prepare', nowMs: now().getTime() })
    return new SqliteArchive(file, connect(file, options), worker, notices, options)
  } catch (error) {
    await worker.close()
    throw error
  }
}

function connect(file: string, options: OpenArchiveOptions): ArchiveDb {
  try {
    return ArchiveDb.open(file, options.busyTimeoutMs)
  } catch (error) {
    throw describeArchiveError(error, file, 'be opened')
  }
}

class SqliteArchive implements Archive {
  private closed = false

  constructor(
    readonly file: string,
    private core: ArchiveDb,
    private readonly worker: ArchiveWorker,
    readonly notices: readonly ArchiveNotice[],
    private readonly options: OpenArchiveOptions
  ) {}

  /** Runs a quick call on the main connection with the archive's error sentences. */
  private use<T>(doing: string, work: (core: ArchiveDb) => T): Promise<T> {
    if (this.closed) {
      return Promise.reject(storageFailure('The archive is closed.', 'Open it again first.'))
    }
    try {
      return Promise.resolve(work(this.core))
    } catch (error) {
      return Promise.reject(describeArchiveError(error, this.file, doing))
    }
  }

  /** Runs a job in the archive worker, once the archive is known to be open. */
  private job<K extends ArchiveJob['kind']>(
    job: Extract<ArchiveJob, { kind: K }>,
    options?: LongJobOptions
  ): Promise<JobResults[K]> {
    if (this.closed) {
      return Promise.reject(storageFailure('The archive is closed.', 'Open it again first.'))
    }
    return this.worker.run(job, options)
  }

  recordIdentityAction(
    account: string,
    action: IdentityActionInput,
    at = this.now()
  ): Promise<IdentityAction> {
    return this.use('record the decision', (c) => c.book.record(account, action, at))
  }

  undoIdentityAction(account: string, id: number, reason = '', at = this.now()): Promise<boolean> {
    return this.use('record the undo', (c) => c.book.undoAction(account, id, at, reason))
  }

  identityActions(
    account: string,
    options?: { includeUndone?: boolean }
  ): Promise<IdentityAction[]> {
    return this.use('be read', (c) => c.book.actions(account, options?.includeUndone === true))
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }

  async close(): Promise<void> {
    if (!this.closed) this.core.close()
    this.closed = true
    await this.worker.close()
  }

  /** In the worker: on a large archive one commit can take longer than a frame. */
  storeInstance(input: StoreInstanceInput): Promise<StoreResult> {
    return this.job({ kind: 'store', input })
  }

  async importInstances(
    inputs: readonly StoreInstanceInput[],
    options?: LongJobOptions
  ): Promise<number> {
    const outcome = await this.job({ kind: 'import', inputs: [...inputs] }, options)
    if (outcome.failed.length > 0) {
      throw storageFailure(
        `${outcome.stored} meetings were imported; ${outcome.failed.length} could not be: ${outcome.failed[0].message}`,
        'Sync those meetings again from Zoom.'
      )
    }
    return outcome.stored
  }

  hasInstance(account: string, uuid: string): Promise<boolean> {
    return this.use('be read', (c) => c.reads.archivedUuids(account, [uuid]).has(uuid))
  }

  archivedUuids(account: string, uuids: readonly string[]): Promise<Set<string>> {
    return this.use('be read', (c) => c.reads.archivedUuids(account, uuids))
  }

  listInstances(filter: InstanceFilter): Promise<InstanceSummary[]> {
    return this.use('be read', (c) => c.reads.listInstances(filter))
  }

  readInstance(account: string, uuid: string): Promise<ArchivedInstance | null> {
    return this.use('be read', (c) => c.reads.readInstance(account, uuid))
  }

  searchPeople(account: string, prefix: string, limit = 50): Promise<PersonMatch[]> {
    return this.use('be read', (c) => c.reads.searchPeople(account, prefix, limit))
  }

  history(account: string, key: PersonKey): Promise<HistoryEntry[]> {
    return this.use('be read', (c) => c.reads.history(account, key))
  }

  personNames(account: string, matches: readonly PersonMatch[]): Promise<string[]> {
    return this.use('be read', (c) => c.people.names(account, matches))
  }

  listProgrammes(account: string): Promise<StoredProgramme[]> {
    return this.use('be read', (c) => c.people.programmes(account))
  }

  saveProgramme(account: string, programme: Omit<StoredProgramme, 'updatedAtMs'>): Promise<void> {
    const at = this.options.now?.() ?? new Date()
    return this.use('keep the programme', (c) => c.people.saveProgramme(account, programme, at))
  }

  deleteProgramme(account: string, id: string): Promise<boolean> {
    return this.use('keep the change', (c) => c.people.deleteProgramme(account, id))
  }

  markGone(account: string, uuid: string, at: Date, zoomCode: number): Promise<void> {
    return this.use('record the change', (c) => c.state.markGone(account, uuid, at, zoomCode))
  }

  syncWindows(account: string, hostZoomId?: string): Promise<SyncWindow[]> {
    return this.use('be read', (c) => c.reads.syncWindows(account, hostZoomId))
  }

  setSyncWindow(account: string, window: SyncWindow): Promise<void> {
    return this.use('record the sync', (c) => c.state.setSyncWindow(account, window))
  }

  recordFailure(account: string, failure: FailureInput, at = new Date()): Promise<void> {
    return this.use('record the failure', (c) => c.state.recordFailure(account, failure, at))
  }

  clearFailure(account: string, uuid: string): Promise<void> {
    return this.use('record the sync', (c) => c.state.clearFailure(account, uuid))
  }

  listFailures(account: string): Promise<FailureEntry[]> {
    return this.use('be read', (c) => c.reads.listFailures(account))
  }

  recordSyncRun(account: string, run: SyncRun): Promise<void> {
    return this.use('record the sync', (c) => c.state.recordSyncRun(account, run))
  }

  lastSyncRun(account: string): Promise<SyncRun | null> {
    return this.use('be read', (c) => c.reads.lastSyncRun(account))
  }

  accountStats(account: string): Promise<AccountStats> {
    return this.use('be read', (c) => c.reads.accountStats(account))
  }

  async forgetAccount(account: string, options?: LongJobOptions): Promise<void> {
    await this.job({ kind: 'forget', account }, options)
  }

  async prune(retention: Retention, now = new Date(), options?: PruneOptions): Promise<number> {
    if (retention.keep === 'forever') return 0
    const cutoff = new Date(now)
    cutoff.setUTCMonth(cutoff.getUTCMonth() - retention.months)
    const account = options?.account ?? null
    return this.job({ kind: 'prune', cutoffMs: cutoff.getTime(), account }, options)
  }

  async backupTo(target: string, options?: LongJobOptions): Promise<void> {
    await this.job({ kind: 'backup', target }, options)
  }

  async restoreFrom(source: string, options?: LongJobOptions): Promise<{ previousKeptAt: string }> {
    const staged = await this.job({ kind: 'stage-restore', source }, options)
    // Swap files only with our connection closed; the old archive stays beside the new one.
    this.core.close()
    const ext = extname(this.file)
    const stamp = fileTimestamp(this.options.now?.() ?? new Date())
    const kept = join(
      dirname(this.file),
      `${basename(this.file, ext)}.before-restore-${stamp}${ext}`
    )
    try {
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(this.file + suffix)) renameSync(this.file + suffix, kept + suffix)
      }
      renameSync(this.file, kept)
      renameSync(staged, this.file)
      this.core = connect(this.file, this.options)
    } catch (error) {
      // Put the old archive back if the new one never made it into place.
      if (!existsSync(this.file) && existsSync(kept)) renameSync(kept, this.file)
      if (!this.core.db.isOpen) this.core = connect(this.file, this.options)
      throw describeArchiveError(error, this.file, 'be restored')
    }
    return { previousKeptAt: kept }
  }

  integrityCheck(): Promise<string[]> {
    return this.job({ kind: 'integrity' })
  }

  stats(): Promise<ArchiveStats> {
    return this.job({ kind: 'stats' })
  }
}

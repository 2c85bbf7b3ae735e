/**
 * One connection with its prepared reads and writes: the synchronous core that the main-thread
 * archive and the worker both use. Each public write is one transaction.
 */
import type { DatabaseSync } from 'node:sqlite'
import type { StoreInstanceInput, StoreResult } from '../archive-types'
import { inTransaction, openConnection } from './connection'
import { IdentityBookStore } from './identity-book'
import { ArchiveReader } from './read-queries'
import { PeopleQueries } from './people-queries'
import { StateWriter } from './state-writes'
import { withDeferredIndexes } from './deferred-indexes'
import { InstanceWriter } from './store-instance'

function rowCount(input: StoreInstanceInput): number {
  const lists = [input?.participants, input?.registrants, input?.panelists, input?.absentees]
  return lists.reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0)
}

export interface ImportOutcome {
  stored: number
  failed: { uuid: string; message: string }[]
}

/**
 * Rows per transaction in a bulk import. Every commit writes each page it dirtied to the WAL,
 * and new rows land all over the lookup indexes, so few large commits cost far less than many
 * small ones. A crash loses at most the instances since the last commit; rerunning replaces.
 */
const IMPORT_ROWS_PER_COMMIT = 100_000

/** From this many rows on, an import that outgrows the archive rebuilds the indexes once. */
const DEFERRED_INDEX_MIN_ROWS = 50_000

export class ArchiveDb {
  readonly reads: ArchiveReader
  readonly state: StateWriter
  readonly book: IdentityBookStore
  readonly people: PeopleQueries
  private readonly writer: InstanceWriter

  constructor(
    readonly db: DatabaseSync,
    readonly file: string
  ) {
    this.writer = new InstanceWriter(db)
    this.reads = new ArchiveReader(db)
    this.state = new StateWriter(db, this.writer)
    this.book = new IdentityBookStore(db, this.writer)
    this.people = new PeopleQueries(db)
  }

  static open(file: string, busyTimeoutMs?: number): ArchiveDb {
    return new ArchiveDb(openConnection(file, { busyTimeoutMs }), file)
  }

  storeInstance(input: StoreInstanceInput): StoreResult {
    return inTransaction(this.db, () => this.writer.store(input))
  }

  /**
   * Many instances, each whole under its own savepoint: an instance with bad rows is skipped and
   * reported, a disk or lock error stops the import keeping every commit before it. `afterEach`
   * may throw (to cancel): the instances stored so far are committed first.
   */
  importInstances(
    inputs: readonly StoreInstanceInput[],
    afterEach: (done: number) => void = () => undefined
  ): ImportOutcome {
    const incoming = inputs.reduce((n, i) => n + rowCount(i), 0)
    if (incoming >= DEFERRED_INDEX_MIN_ROWS && incoming > this.storedRows()) {
      const { outcome, stop } = inTransaction(this.db, () =>
        withDeferredIndexes(this.db, () => this.importAll(inputs, afterEach))
      )
      if (stop !== undefined) throw stop
      return outcome
    }
    const outcome: ImportOutcome = { stored: 0, failed: [] }
    let pendingRows = 0
    const commit = (): void => {
      if (this.db.isTransaction) this.db.exec('COMMIT')
      pendingRows = 0
    }
    try {
      inputs.forEach((input, index) => {
        if (!this.db.isTransaction) this.db.exec('BEGIN IMMEDIATE')
        pendingRows += this.storeOne(input, outcome)
        if (pendingRows >= IMPORT_ROWS_PER_COMMIT) commit()
        try {
          afterEach(index + 1)
        } catch (stop) {
          commit()
          throw stop
        }
      })
      commit()
    } finally {
      if (this.db.isTransaction) this.db.exec('ROLLBACK')
    }
    return outcome
  }

  /** The whole import in the caller's transaction; a cancel keeps what was stored. */
  private importAll(
    inputs: readonly StoreInstanceInput[],
    afterEach: (done: number) => void
  ): { outcome: ImportOutcome; stop?: unknown } {
    const outcome: ImportOutcome = { stored: 0, failed: [] }
    for (let index = 0; index < inputs.length; index++) {
      this.storeOne(inputs[index], outcome)
      try {
        afterEach(index + 1)
      } catch (stop) {
        return { outcome, stop } // committed by the caller, then thrown
      }
    }
    return { outcome }
  }

  private storedRows(): number {
    const row = this.db
      .prepare('SELECT coalesce(sum(participant_rows + roster_rows), 0) AS n FROM instances')
      .get() as { n: number }
    return row.n
  }

  private storeOne(input: StoreInstanceInput, outcome: ImportOutcome): number {
    this.db.exec('SAVEPOINT one_instance')
    try {
      const result = this.writer.store(input)
      outcome.stored++
      return result.participantRows + result.rosterRows
    } catch (error) {
      // A disk or lock error may have ended the whole transaction already.
      if (this.db.isTransaction) this.db.exec('ROLLBACK TO one_instance')
      if ((error as { appError?: unknown }).appError === undefined) throw error
      const uuid = String(input?.detail?.uuid ?? '')
      outcome.failed.push({ uuid, message: (error as Error).message })
      return 0
    } finally {
      if (this.db.isTransaction) this.db.exec('RELEASE one_instance')
    }
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }
}

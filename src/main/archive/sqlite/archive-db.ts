/**
 * One connection with its prepared reads and writes: the synchronous core that the main-thread
 * archive and the worker both use. Each public write is one transaction.
 */
import type { DatabaseSync } from 'node:sqlite'
import type { StoreInstanceInput, StoreResult } from '../archive-types'
import { inTransaction, openConnection } from './connection'
import { ArchiveReader } from './read-queries'
import { StateWriter } from './state-writes'
import { InstanceWriter } from './store-instance'

export interface ImportOutcome {
  stored: number
  failed: { uuid: string; message: string }[]
}

/** Instances per transaction in a bulk import: few commits, yet a crash loses one chunk at most. */
const IMPORT_CHUNK = 25

export class ArchiveDb {
  readonly reads: ArchiveReader
  readonly state: StateWriter
  private readonly writer: InstanceWriter

  constructor(
    readonly db: DatabaseSync,
    readonly file: string
  ) {
    this.writer = new InstanceWriter(db)
    this.reads = new ArchiveReader(db)
    this.state = new StateWriter(db, this.writer)
  }

  static open(file: string, busyTimeoutMs?: number): ArchiveDb {
    return new ArchiveDb(openConnection(file, { busyTimeoutMs }), file)
  }

  storeInstance(input: StoreInstanceInput): StoreResult {
    return inTransaction(this.db, () => this.writer.store(input))
  }

  /**
   * Many instances, IMPORT_CHUNK per transaction, each under its own savepoint: an instance
   * with bad rows is skipped whole and reported; a disk or lock error stops the import and
   * keeps every chunk committed before it.
   */
  importInstances(
    inputs: readonly StoreInstanceInput[],
    onChunk: (done: number) => void = () => undefined
  ): ImportOutcome {
    const outcome: ImportOutcome = { stored: 0, failed: [] }
    for (let k = 0; k < inputs.length; k += IMPORT_CHUNK) {
      inTransaction(this.db, () => {
        for (const input of inputs.slice(k, k + IMPORT_CHUNK)) {
          this.db.exec('SAVEPOINT one_instance')
          try {
            this.writer.store(input)
            outcome.stored++
          } catch (error) {
            this.db.exec('ROLLBACK TO one_instance')
            if ((error as { appError?: unknown }).appError === undefined) throw error
            outcome.failed.push({
              uuid: String(input?.detail?.uuid ?? ''),
              message: (error as Error).message
            })
          } finally {
            this.db.exec('RELEASE one_instance')
          }
        }
      })
      onChunk(Math.min(inputs.length, k + IMPORT_CHUNK))
    }
    return outcome
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }
}

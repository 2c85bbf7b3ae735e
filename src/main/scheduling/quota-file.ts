import { promises as fsp, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Logger } from '../logging/logger'
import { writeFileAtomic } from '../files/atomic-file'
import { fileWriteFailure } from '../files/file-error-sentences'

/** Where the daily creation counts live, so a restart does not reset "about N left". */
export interface QuotaStore {
  load(): Record<string, number>
  save(counts: Record<string, number>): void
}

/** A small JSON file; a missing or damaged file just means no counts yet. */
export function quotaFileStore(path: string, logger: Logger): QuotaStore {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {}
        return Object.fromEntries(
          Object.entries(parsed).filter(
            (entry): entry is [string, number] =>
              Number.isInteger(entry[1]) && (entry[1] as number) >= 0
          )
        )
      } catch {
        return {}
      }
    },
    save(counts) {
      fsp
        .mkdir(dirname(path), { recursive: true, mode: 0o700 })
        .then(() => writeFileAtomic(path, JSON.stringify(counts)))
        // Only an estimate is lost, so the person is not interrupted; the log says why.
        .catch((error: unknown) =>
          logger.warn('Could not save the meeting creation counts', {
            reason: fileWriteFailure(error, path, 'headcount').appError.message
          })
        )
    }
  }
}

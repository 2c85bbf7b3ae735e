/**
 * The identity book for the window: the current account's review queue and decisions, and the
 * alias CSV through main's save and open dialogs. Electron-free.
 */
import { readFile } from 'node:fs/promises'
import { AppFailure } from '../../shared/app-error'
import type { ExportOutcome } from '../../shared/ipc/contracts/common'
import type {
  AliasImport,
  IdentityDecisionView,
  ReviewQueue
} from '../../shared/ipc/contracts/identity-contract'
import type { Archive } from '../archive'
import type { CsvExports } from '../exports/csv-exports'
import type { JobRegistry } from '../jobs/job-registry'
import type { FileDialogs } from '../platform/platform'
import { aliasCsvTable } from './alias-csv'
import { identityBook, type AliasInput, type IdentityBook } from './identity-book'

export interface IdentityServiceDeps {
  archive: () => Promise<Archive | null>
  /** The current account (a Headcount profile id, or 'demo'); null when none is connected. */
  account: () => string | null
  jobs: JobRegistry
  exports: CsvExports
  dialogs: Pick<FileDialogs, 'chooseFileToOpen'>
  /** Told after every change so open screens recompute (counts, badges, exports). */
  onChanged?: () => void
}

export interface IdentityService {
  reviewQueue(options: { thresholdPercent?: number }): Promise<ReviewQueue>
  answer(input: {
    key: string
    answer: 'accept' | 'reject'
    reason?: string
  }): Promise<IdentityDecisionView>
  undo(input: { id: number; reason?: string }): Promise<{ undone: boolean }>
  addAlias(input: AliasInput): Promise<IdentityDecisionView>
  decisions(input: { personKey?: string; includeUndone?: boolean }): Promise<IdentityDecisionView[]>
  exportAliases(): Promise<ExportOutcome>
  importAliases(): Promise<AliasImport>
}

export function createIdentityService(deps: IdentityServiceDeps): IdentityService {
  async function book(): Promise<IdentityBook> {
    const account = deps.account()
    if (account === null) {
      throw new AppFailure({
        code: 'auth',
        message: 'No Zoom account is open, so there is no identity book to show.',
        remedy: 'Connect an account or start the demo first.'
      })
    }
    const archive = await deps.archive()
    if (archive === null) {
      throw new AppFailure({
        code: 'storage',
        message:
          'The archive on this computer could not be opened, and the identity book is kept in it.',
        remedy: 'See the Archive screen for what went wrong, then try again.'
      })
    }
    return identityBook(archive, account)
  }
  const changed = <T>(value: T): T => {
    deps.onChanged?.()
    return value
  }

  return {
    async reviewQueue(options) {
      const opened = await book()
      return deps.jobs.run('Collecting review questions', undefined, (job) =>
        opened.reviewQueue({
          thresholdPercent: options.thresholdPercent,
          signal: job.signal,
          onProgress: (done, total) => job.progress(done, total)
        })
      )
    },
    async answer({ key, answer, reason }) {
      return changed(await (await book()).answer(key, answer, reason))
    },
    async undo({ id, reason }) {
      return changed({ undone: await (await book()).undo(id, reason) })
    },
    async addAlias(input) {
      return changed(await (await book()).addAlias(input))
    },
    async decisions(input) {
      return (await book()).decisions(input)
    },
    async exportAliases() {
      const table = aliasCsvTable(await (await book()).actions())
      return deps.exports.save('Headcount aliases.csv', table)
    },
    async importAliases() {
      const opened = await book()
      const path = await deps.dialogs.chooseFileToOpen({ kind: 'csv' })
      if (path === null) return { opened: false, added: 0, unchanged: 0, problems: [] }
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch {
        throw new AppFailure({
          code: 'file',
          message: 'That file could not be read.',
          remedy: 'Check that it still exists and is not open in another program, then try again.'
        })
      }
      return changed({ opened: true, ...(await opened.importAliases(text)) })
    }
  }
}

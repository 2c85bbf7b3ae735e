/**
 * The archive as the window sees it: its status for the connected account, Sync (a job with
 * progress and cancel, also started automatically), the settings, Back up, Restore and Forget.
 * One sync per account at a time; forgetting or restoring first stops the syncs it affects.
 */
import { basename } from 'node:path'
import { AppFailure } from '../../../shared/app-error'
import type { InvokeInput, InvokeOutput } from '../../../shared/ipc/contract'
import {
  syncSummarySchema,
  type ArchiveSettings,
  type ArchiveStatus,
  type SyncSummary
} from '../../../shared/ipc/contracts/archive-contract'
import type { ConnectedClient } from '../../accounts/account-connection'
import type { Archive, OpenedArchive } from '../../archive'
import type { EventPublisher } from '../../ipc/event-publisher'
import type { JobRegistry } from '../../jobs/job-registry'
import type { Logger } from '../../logging/logger'
import type { FileDialogs } from '../../platform/platform'
import { syncArchive, toArchiveFailure } from '../archiving'
import type { ArchiveSettingsStore } from './archive-settings'
import { iso } from './instance-view'

export interface ArchiveService {
  status(): Promise<ArchiveStatus>
  sync(input: InvokeInput<'archive:sync'>, options?: { automatic?: boolean }): Promise<SyncSummary>
  /** The account whose sync is under way, if any: automatic syncs skip a busy account. */
  isSyncing(account: string): boolean
  updateSettings(patch: Partial<ArchiveSettings>): ArchiveSettings
  /** Which account's settings apply now (the connected one), for the automatic sync. */
  settingsFor(account: string | null): ArchiveSettings
  backUp(): Promise<InvokeOutput<'archive:back-up'>>
  restore(): Promise<InvokeOutput<'archive:restore'>>
  /** Deletes every archived row of the account (a profile id, or 'demo'), then compacts. */
  forgetAccount(account: string): Promise<void>
  /** Cancels the account's sync (every sync when null) and waits until it has stopped. */
  stopSync(account: string | null): Promise<void>
  dismissNotices(): void
}

export interface ArchiveServiceDeps {
  archive: OpenedArchive
  connected: () => ConnectedClient
  /** The connected account's archive id, or null; never throws. */
  currentAccount: () => string | null
  jobs: JobRegistry
  events: EventPublisher
  settings: ArchiveSettingsStore
  dialogs: FileDialogs
  logger: Logger
  /** Told after the settings change, so the automatic sync can follow them. */
  onSettingsChanged?: () => void
  now?: () => Date
}

interface RunningSync {
  jobId: string
  finished: Promise<unknown>
}

export function createArchiveService(deps: ArchiveServiceDeps): ArchiveService {
  const now = deps.now ?? (() => new Date())
  const running = new Map<string, RunningSync>()

  const busy = (): AppFailure =>
    new AppFailure({
      code: 'invalid-input',
      message: 'The archive is already syncing with Zoom for this account.',
      remedy: 'Wait for it to finish (its progress is shown), or cancel it, then sync again.'
    })

  /** Cancels the account's sync (every sync when null) and waits until it has stopped. */
  async function stopSyncs(account: string | null): Promise<void> {
    const stopping = [...running.entries()].filter(([key]) => account === null || key === account)
    for (const [, sync] of stopping) deps.jobs.cancel(sync.jobId)
    await Promise.all(stopping.map(([, sync]) => sync.finished.catch(() => undefined)))
  }

  async function runSync(
    archive: Archive,
    connected: ConnectedClient,
    input: InvokeInput<'archive:sync'>,
    automatic: boolean,
    started: (jobId: string) => void
  ): Promise<SyncSummary> {
    const account = connected.accountKey
    return deps.jobs.run(
      'Syncing the archive with Zoom',
      input.jobId,
      async (job) => {
        started(job.id)
        deps.events.publish('archive:sync-started', { jobId: job.id, automatic })
        const result = await syncArchive(connected.client, archive, {
          account,
          hosts: input.hosts,
          from: input.from,
          to: input.to,
          signal: job.signal,
          onProgress: (done, total) => job.progress(done, total),
          now,
          includeWebinars: true
        })
        const { summary } = result
        if (summary.newInstances > 0 || summary.goneFromZoom > 0) {
          deps.events.publish('archive:changed', { reason: 'synced' })
        }
        if (!summary.cancelled && summary.stoppedBy === null) await prune(archive, account)
        deps.logger.info('Archive sync finished', {
          automatic,
          newInstances: summary.newInstances,
          alreadyArchived: summary.alreadyArchived,
          failed: summary.failed.length,
          cancelled: summary.cancelled
        })
        return summary
      },
      // Tied to its account, so forgetting the account stops it with its other jobs.
      { account, outcome: (summary) => (summary.stoppedBy === null ? 'finished' : 'failed') }
    )
  }

  async function prune(archive: Archive, account: string): Promise<void> {
    const { retention } = deps.settings.get(account)
    const removed = await archive.prune(retention, now(), { account })
    if (removed > 0) deps.events.publish('archive:changed', { reason: 'pruned' })
  }

  return {
    async status() {
      const archive = await deps.archive.get()
      const account = deps.currentAccount()
      const stats = await archive.stats()
      const totals = account === null ? null : await archive.accountStats(account)
      const lastRun = account === null ? null : await archive.lastSyncRun(account)
      const lastSync = lastRun ? syncSummarySchema.safeParse(lastRun.summary) : null
      const failures = account === null ? [] : await archive.listFailures(account)
      return {
        file: archive.file,
        bytes: stats.bytes,
        notices: deps.archive.notices().map((notice) => ({
          kind: notice.kind,
          message: notice.message,
          setAsidePath: notice.setAsidePath ?? null
        })),
        account: totals && {
          instances: totals.instances,
          participantRows: totals.participantRows,
          oldestStart: iso(totals.oldestStartMs),
          newestStart: iso(totals.newestStartMs)
        },
        lastSync: lastSync?.success ? lastSync.data : null,
        failures: failures.map(toArchiveFailure),
        running:
          account !== null && running.has(account) ? { jobId: running.get(account)!.jobId } : null,
        settings: deps.settings.get(account)
      }
    },

    async sync(input, options = {}) {
      const connected = deps.connected()
      const account = connected.accountKey
      if (running.has(account)) throw busy()
      const archive = await deps.archive.get()
      if (running.has(account)) throw busy()
      const entry: RunningSync = { jobId: input.jobId ?? '', finished: Promise.resolve() }
      running.set(account, entry)
      const finished = runSync(archive, connected, input, options.automatic === true, (jobId) => {
        entry.jobId = jobId
      })
      entry.finished = finished
      try {
        return await finished
      } finally {
        running.delete(account)
      }
    },

    isSyncing: (account) => running.has(account),

    updateSettings(patch) {
      const updated = deps.settings.update(deps.currentAccount(), patch)
      deps.onSettingsChanged?.()
      return updated
    },

    settingsFor: (account) => deps.settings.get(account),

    async backUp() {
      const archive = await deps.archive.get()
      const day = now().toISOString().slice(0, 10)
      const target = await deps.dialogs.chooseSaveLocation({
        defaultFileName: `Headcount archive ${day}.sqlite`,
        kind: 'archive'
      })
      if (target === null) return { saved: false, fileName: null }
      await archive.backupTo(target)
      return { saved: true, fileName: basename(target) }
    },

    async restore() {
      const archive = await deps.archive.get()
      const source = await deps.dialogs.chooseFileToOpen({ kind: 'archive' })
      if (source === null) return { restored: false, previousKeptAt: null }
      await stopSyncs(null)
      const { previousKeptAt } = await archive.restoreFrom(source)
      deps.events.publish('archive:changed', { reason: 'restored' })
      return { restored: true, previousKeptAt }
    },

    async forgetAccount(account) {
      const archive = await deps.archive.get()
      await stopSyncs(account)
      await archive.forgetAccount(account)
      deps.events.publish('archive:changed', { reason: 'forgotten' })
    },

    stopSync: (account) => stopSyncs(account),

    dismissNotices: () => deps.archive.dismissNotices()
  }
}

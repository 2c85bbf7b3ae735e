import { join } from 'node:path'
import { createAccountConnection } from '../accounts/account-connection'
import type { DemoZoom } from '../accounts/account-connection'
import { createAccountProfiles } from '../accounts/account-profiles'
import { createAccountsOverview } from '../accounts/accounts-state'
import { createFeatureChecks } from '../accounts/feature-checks'
import { createOpenedArchive } from '../archive'
import { importJsonCache } from '../attendance/cache-import/import-json-cache'
import { createArchiveService } from '../attendance/use-cases/archive-service'
import { createArchiveSettingsStore } from '../attendance/use-cases/archive-settings'
import { createAttendanceService } from '../attendance/use-cases/attendance-service'
import { createAutoSync } from '../attendance/use-cases/auto-sync'
import { createPastMeetingsService } from '../attendance/use-cases/past-meetings-service'
import { createRollUpService } from '../attendance/use-cases/rollup-service'
import { createCsvExports } from '../exports/csv-exports'
import { announceAuthExpiry } from '../ipc/auth-expiry'
import { createEventPublisher } from '../ipc/event-publisher'
import type { EventPublisher, EventSink } from '../ipc/event-publisher'
import { createAccountsHandlers } from '../ipc/handlers/accounts-handlers'
import { createAppHandlers } from '../ipc/handlers/app-handlers'
import { createArchiveHandlers } from '../ipc/handlers/archive-handlers'
import { createIdentityHandlers } from '../ipc/handlers/identity-handlers'
import { createIdentityService } from '../identity/identity-service'
import { createAttendanceHandlers } from '../ipc/handlers/attendance-handlers'
import { createDemoHandlers } from '../ipc/handlers/demo-handlers'
import { createFilesHandlers } from '../ipc/handlers/files-handlers'
import { createJobsHandlers } from '../ipc/handlers/jobs-handlers'
import { createMeetingsHandlers } from '../ipc/handlers/meetings-handlers'
import { createRollupHandlers } from '../ipc/handlers/rollup-handlers'
import { createSettingsHandlers } from '../ipc/handlers/settings-handlers'
import { createPeopleHandlers } from '../ipc/handlers/people-handlers'
import { createProgrammesHandlers } from '../ipc/handlers/programmes-handlers'
import { createPeopleService } from '../people/people-service'
import { createUsersHandlers } from '../ipc/handlers/users-handlers'
import { createIpcRouter } from '../ipc/router'
import type { Handlers, IpcRouter } from '../ipc/router'
import { createJobRegistry } from '../jobs/job-registry'
import type { JobRegistry } from '../jobs/job-registry'
import type { Logger } from '../logging/logger'
import type { SecretRegistry } from '../logging/redact'
import type { AppIdentity, AppPaths, FileDialogs, LinkOpener } from '../platform/platform'
import { createMeetingCreateService } from '../scheduling/create-meeting-service'
import { createCreationQuotaCounter } from '../scheduling/creation-quota'
import { quotaFileStore } from '../scheduling/quota-file'
import { createScheduledMeetingsService } from '../scheduling/scheduled-meetings-service'
import type { OpenedSettings } from '../storage'
import { createBulkUsersService } from '../users/bulk-users-service'
import { createUsersExports } from '../users/users-exports'
import { createUsersService } from '../users/users-service'
import { createZoomClient } from '../zoom'
import type { ZoomClient, ZoomClientConfig } from '../zoom'

export interface AppCoreDeps {
  identity: AppIdentity
  links: LinkOpener
  dialogs: FileDialogs
  paths: AppPaths
  logger: Logger
  secrets: SecretRegistry
  storage: OpenedSettings
  startDemo: () => Promise<DemoZoom>
  /** Development only: point saved accounts at a local simulator. */
  zoomEndpoints?: { apiBaseUrl: string; oauthUrl: string }
  /** Tests may swap the client factory; the app uses the real one. */
  createClient?: (config: ZoomClientConfig) => ZoomClient
  /** Where main → renderer events go: webContents.send in Electron, SSE in the preview. */
  sendEvent: EventSink
}

export interface AppCore {
  router: IpcRouter
  events: EventPublisher
  jobs: JobRegistry
  /** Reconnects the account that was active last time, if its secret is still readable. */
  restoreLastAccount(): Promise<void>
  /**
   * Opens the attendance archive in the background now (so its notices are ready for the
   * window) and, when asked, starts the automatic sync. Without this, the archive opens on
   * first use and nothing syncs on its own (tests).
   */
  startArchive(options: { autoSync: boolean }): void
  dispose(): Promise<void>
}

/**
 * Everything the main process does, with no Electron in sight: the Electron glue and the
 * browser preview both build this and only differ in how requests and events travel. The one
 * place services are constructed; handlers get them built and only translate requests.
 */
export function createAppCore(deps: AppCoreDeps): AppCore {
  const { storage, logger } = deps
  const events = createEventPublisher(deps.sendEvent, logger)
  const jobs = createJobRegistry((progress) => events.publish('jobs:progress', progress))
  const exports = createCsvExports(deps.dialogs)

  const connection = createAccountConnection({
    storage,
    createClient: deps.createClient ?? createZoomClient,
    startDemo: deps.startDemo,
    zoomEndpoints: deps.zoomEndpoints,
    secrets: deps.secrets,
    logger
  })
  const connected = connection.requireClient
  const overview = createAccountsOverview({ storage, connection })

  // The archive's account is the Headcount profile id; the demo is its own account ('demo').
  const archive = createOpenedArchive(deps.paths.archiveFile, { logger })
  const archiveService = createArchiveService({
    archive,
    connected,
    currentAccount: connection.accountKey,
    jobs,
    events,
    settings: createArchiveSettingsStore(storage.settings),
    dialogs: deps.dialogs,
    logger,
    onSettingsChanged: () => autoSync.reschedule()
  })
  const autoSync = createAutoSync({
    service: archiveService,
    currentAccount: connection.accountKey,
    logger
  })

  const profiles = createAccountProfiles({
    storage,
    connection,
    state: overview.state,
    stopJobs: (profileId) => jobs.stopAccount(profileId),
    archive: archiveService
  })
  const features = createFeatureChecks(connection)

  // Reading goes archive first; an archive that can't be opened leaves Zoom as the only source.
  const attendanceDeps = {
    connected,
    jobs,
    exports,
    archive: () => archive.get().catch(() => null)
  }
  const attendance = createAttendanceService(attendanceDeps)
  const rollups = createRollUpService(attendanceDeps)
  const past = createPastMeetingsService(attendanceDeps)
  // The identity book lives in the archive; a change makes every archived view recompute.
  const identity = createIdentityService({
    archive: attendanceDeps.archive,
    account: connection.accountKey,
    jobs,
    exports,
    dialogs: deps.dialogs,
    onChanged: () => events.publish('archive:changed', { reason: 'identity' })
  })
  const people = createPeopleService({
    archive: () => archive.get(),
    currentAccount: connection.accountKey,
    jobs,
    exports
  })

  /** The JSON meeting cache of earlier versions moves into the archive once, in the background. */
  async function bringInOldCache(): Promise<void> {
    try {
      const imported = await importJsonCache({
        dir: deps.paths.cache,
        archive: await archive.get(),
        logger
      })
      if (!imported.notice) return
      archive.addNotice(imported.notice)
      events.publish('archive:changed', { reason: 'imported' })
    } catch (error) {
      // The files stay where they are; the next start tries again.
      logger.warn('The old meeting cache was not imported', { error })
    }
  }

  const users = createUsersService({ connected })
  const bulk = createBulkUsersService({ connected, jobs })
  const usersFiles = createUsersExports({ connected, exports, lastBulkResult: bulk.lastResult })

  const counter = createCreationQuotaCounter({
    store: quotaFileStore(join(deps.paths.cache, 'meeting-creations.json'), logger)
  })
  const creating = createMeetingCreateService({ connected, counter })
  const scheduled = createScheduledMeetingsService({ connected })

  const handlers: Handlers = {
    ...createAppHandlers({ identity: deps.identity, links: deps.links }),
    ...createJobsHandlers(jobs),
    ...createAccountsHandlers({
      connection,
      profiles,
      overview,
      features,
      allowWeakStorage: (allow) => storage.vault.setWeakStorageOptIn(allow)
    }),
    ...createDemoHandlers(connection),
    ...createUsersHandlers({ users, bulk, files: usersFiles }),
    ...createMeetingsHandlers({ creating, scheduled, past }),
    ...createAttendanceHandlers(attendance),
    ...createFilesHandlers(exports),
    ...createRollupHandlers(rollups),
    ...createSettingsHandlers(storage.settings),
    ...createArchiveHandlers(archiveService),
    ...createIdentityHandlers(identity),
    ...createPeopleHandlers(people),
    ...createProgrammesHandlers(people)
  }
  return {
    router: announceAuthExpiry(createIpcRouter(handlers, logger, deps.secrets), events),
    events,
    jobs,
    restoreLastAccount: connection.restore,
    startArchive({ autoSync: automatic }) {
      archive.open()
      void bringInOldCache()
      if (automatic) autoSync.start()
    },
    async dispose() {
      autoSync.stop()
      await archiveService.stopSync(null)
      await archive.close()
      await connection.dispose()
    }
  }
}

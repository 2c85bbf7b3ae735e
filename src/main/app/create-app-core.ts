import { join } from 'node:path'
import { AccountSession } from '../accounts/account-session'
import type { DemoZoom } from '../accounts/account-session'
import { createAccountsHandlers } from '../ipc/handlers/accounts-handlers'
import { createAdminHandlers, createMeetingsListHandler } from '../ipc/handlers/admin-handlers'
import { CreationQuotaCounter } from '../scheduling/creation-quota'
import { quotaFileStore } from '../scheduling/quota-file'
import { createAppHandlers } from '../ipc/handlers/app-handlers'
import { createJobHandlers } from '../ipc/handlers/job-handlers'
import { createOccurrencesHandlers } from '../ipc/handlers/occurrences-handlers'
import { createPastMeetingsHandlers } from '../ipc/handlers/past-meetings-handlers'
import { createAttendanceHandlers } from '../ipc/handlers/attendance-handlers'
import { createAccountCaches } from '../attendance/json-cache/account-caches'
import { AttendanceService } from '../attendance/use-cases/attendance-service'
import { CsvExports } from '../exports/csv-exports'
import { RollUpService } from '../attendance/use-cases/rollup-service'
import { createRollUpHandlers } from '../ipc/handlers/rollup-handlers'
import { createEventPublisher } from '../ipc/event-publisher'
import type { EventPublisher, EventSink } from '../ipc/event-publisher'
import { announceAuthExpiry } from '../ipc/auth-expiry'
import { createIpcRouter } from '../ipc/router'
import type { Handlers, IpcRouter } from '../ipc/router'
import { createJobRegistry } from '../jobs/job-registry'
import type { JobRegistry } from '../jobs/job-registry'
import type { Logger } from '../logging/logger'
import type { SecretRegistry } from '../logging/redact'
import type { AppIdentity, AppPaths, FileDialogs, LinkOpener } from '../platform/platform'
import type { OpenedSettings } from '../storage'
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
  session: AccountSession
  dispose(): Promise<void>
}

/**
 * Everything the main process does, with no Electron in sight: the Electron glue and the
 * browser preview both build this and only differ in how requests and events travel.
 */
export function createAppCore(deps: AppCoreDeps): AppCore {
  const events = createEventPublisher(deps.sendEvent, deps.logger)
  const jobs = createJobRegistry((progress) => events.publish('jobs:progress', progress))
  const caches = createAccountCaches({ dir: deps.paths.cache, logger: deps.logger })
  const session = new AccountSession({
    storage: deps.storage,
    createClient: deps.createClient ?? createZoomClient,
    startDemo: deps.startDemo,
    zoomEndpoints: deps.zoomEndpoints,
    secrets: deps.secrets,
    logger: deps.logger,
    clearCache: (profileId) => caches.clear(profileId)
  })
  const exports = new CsvExports(deps.dialogs)
  const cacheFor = caches.cacheFor
  const handlers: Handlers = {
    ...createAppHandlers({ identity: deps.identity, links: deps.links }),
    ...createJobHandlers(jobs),
    ...createAccountsHandlers(session, (allow) => deps.storage.vault.setWeakStorageOptIn(allow)),
    ...createPastMeetingsHandlers(session),
    ...createOccurrencesHandlers(session),
    ...createAttendanceHandlers(
      new AttendanceService({ session, jobs, exports, cacheFor }),
      exports
    ),
    ...createRollUpHandlers(new RollUpService({ session, jobs, exports, cacheFor })),
    ...createAdminHandlers(
      session,
      jobs,
      new CreationQuotaCounter(
        undefined,
        quotaFileStore(join(deps.paths.cache, 'meeting-creations.json'), deps.logger)
      )
    ),
    ...createMeetingsListHandler(session)
  }
  return {
    router: announceAuthExpiry(createIpcRouter(handlers, deps.logger), events),
    events,
    jobs,
    session,
    dispose: () => session.dispose()
  }
}

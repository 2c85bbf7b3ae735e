import { createAppHandlers } from '../ipc/handlers/app-handlers'
import { createJobHandlers } from '../ipc/handlers/job-handlers'
import { createEventPublisher } from '../ipc/event-publisher'
import type { EventPublisher, EventSink } from '../ipc/event-publisher'
import { createIpcRouter } from '../ipc/router'
import type { Handlers, IpcRouter } from '../ipc/router'
import { createJobRegistry } from '../jobs/job-registry'
import type { JobRegistry } from '../jobs/job-registry'
import type { Logger } from '../logging/logger'
import type { AppIdentity, AppPaths, FileDialogs, LinkOpener } from '../platform/platform'

export interface AppCoreDeps {
  identity: AppIdentity
  links: LinkOpener
  dialogs: FileDialogs
  paths: AppPaths
  logger: Logger
  /** Where main → renderer events go: webContents.send in Electron, SSE in the preview. */
  sendEvent: EventSink
}

export interface AppCore {
  router: IpcRouter
  events: EventPublisher
  jobs: JobRegistry
}

/**
 * Everything the main process does, with no Electron in sight: the Electron glue and the
 * browser preview both build this and only differ in how requests and events travel.
 */
export function createAppCore(deps: AppCoreDeps): AppCore {
  const events = createEventPublisher(deps.sendEvent, deps.logger)
  const jobs = createJobRegistry((progress) => events.publish('jobs:progress', progress))
  const handlers: Handlers = {
    ...createAppHandlers({ identity: deps.identity, links: deps.links }),
    ...createJobHandlers(jobs)
  }
  return { router: createIpcRouter(handlers, deps.logger), events, jobs }
}

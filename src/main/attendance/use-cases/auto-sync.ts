/**
 * Automatic sync: once when Headcount opens and every N hours while it stays open, for the
 * connected account when its setting is on. Skipped while a sync of that account runs. The
 * timer lives in main and stops on dispose; a changed interval takes effect at once.
 */
import type { Logger } from '../../logging/logger'
import type { ArchiveService } from './archive-service'

export interface AutoSync {
  /** Checks now (the start-up sync), then every N hours. */
  start(): void
  /** The interval changed: wait N hours from now before the next check. */
  reschedule(): void
  stop(): void
}

export interface Timers {
  setTimeout(run: () => void, ms: number): { unref?: () => unknown }
  clearTimeout(timer: unknown): void
}

const hourMs = 3_600_000

export function createAutoSync(deps: {
  service: Pick<ArchiveService, 'sync' | 'isSyncing' | 'settingsFor'>
  currentAccount: () => string | null
  logger: Logger
  timers?: Timers
}): AutoSync {
  const timers: Timers = deps.timers ?? {
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)
  }
  let timer: unknown = null
  let started = false

  function check(): void {
    const account = deps.currentAccount()
    if (account === null) return
    if (!deps.service.settingsFor(account).autoSync || deps.service.isSyncing(account)) return
    deps.service.sync({}, { automatic: true }).catch((error: unknown) => {
      // Its outcome is in the status and the job; a failure here must not crash main.
      deps.logger.warn('The automatic archive sync did not finish', { error })
    })
  }

  function schedule(): void {
    if (timer !== null) timers.clearTimeout(timer)
    const hours = deps.service.settingsFor(deps.currentAccount()).everyHours
    const next = timers.setTimeout(() => {
      timer = null
      check()
      schedule()
    }, hours * hourMs)
    next.unref?.() // never keeps a preview or test process alive on its own
    timer = next
  }

  return {
    start() {
      if (started) return
      started = true
      check()
      schedule()
    },
    reschedule() {
      if (started) schedule()
    },
    stop() {
      started = false
      if (timer !== null) timers.clearTimeout(timer)
      timer = null
    }
  }
}

import PQueue from 'p-queue'
import type { ZoomPlan } from './config'
import type { RateCategory } from './rate-categories'
import { categoriesSharingDailyPool, planLimits, rateCategories } from './rate-categories'

export interface PacerOptions {
  plan: ZoomPlan
  /** Share of the ceiling to use, so latency jitter never pushes a window over the limit. */
  fraction: number
}

/**
 * Schedules requests per Zoom rate-limit tier: evenly spaced starts (a sliding window of one
 * request per slot), a cap on requests in flight, shared pauses after a 429, and daily stops.
 */
export class Pacer {
  private readonly queues = new Map<RateCategory, PQueue>()
  private readonly pausedUntil = new Map<RateCategory, number>()
  private readonly dailyStops = new Map<string, Date>()
  private readonly resumeTimers = new Map<RateCategory, ReturnType<typeof setTimeout>>()

  constructor(options: PacerOptions) {
    for (const category of rateCategories) {
      const limit = planLimits[options.plan][category]
      const perSecondish = limit.windowMs <= 1000
      this.queues.set(
        category,
        new PQueue({
          // One start per slot spreads requests out instead of bursting at window edges.
          intervalCap: 1,
          interval: Math.max(1, Math.floor(limit.windowMs / (limit.perWindow * options.fraction))),
          strict: true,
          concurrency: perSecondish ? Math.max(2, limit.perWindow) : 2
        })
      )
    }
  }

  /** Runs `task` when its tier allows; a cancelled signal drops it from the queue. */
  run<T>(category: RateCategory, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const queue = this.queues.get(category)
    if (!queue) throw new Error(`Unknown rate category ${category}`)
    return queue.add(
      async () => {
        signal?.throwIfAborted()
        return task()
      },
      { signal }
    )
  }

  /**
   * After a 429 (or Remaining: 0) the whole tier waits, not just the request that hit it. The
   * queue itself stops starting work, so the wait ends with evenly spaced starts, not a burst.
   */
  pause(category: RateCategory, ms: number): void {
    const queue = this.queues.get(category)
    const until = Date.now() + ms
    if (!queue || until <= (this.pausedUntil.get(category) ?? 0)) return
    this.pausedUntil.set(category, until)
    clearTimeout(this.resumeTimers.get(category))
    queue.pause()
    this.resumeTimers.set(
      category,
      setTimeout(() => {
        this.resumeTimers.delete(category)
        queue.start()
      }, ms)
    )
  }

  noteRemaining(category: RateCategory, remaining: number | undefined): void {
    if (remaining === 0) this.pause(category, planWindowMs(category))
  }

  stopCategoryForDay(category: RateCategory, until: Date): void {
    for (const shared of categoriesSharingDailyPool(category))
      this.stopForDay(`tier:${shared}`, until)
  }

  stopForDay(key: string, until: Date): void {
    this.dailyStops.set(key, until)
  }

  /** When a daily stop covers this tier or key and has not reset yet, its reset time. */
  dailyStop(category: RateCategory, key: string | undefined, now: Date): Date | undefined {
    for (const stopKey of [`tier:${category}`, key]) {
      if (stopKey === undefined) continue
      const until = this.dailyStops.get(stopKey)
      if (until === undefined) continue
      if (until.getTime() > now.getTime()) return until
      this.dailyStops.delete(stopKey)
    }
    return undefined
  }

  /** Queued (not yet started) plus running requests, for progress and tests. */
  load(category: RateCategory): { queued: number; running: number } {
    const queue = this.queues.get(category)
    return { queued: queue?.size ?? 0, running: queue?.pending ?? 0 }
  }
}

function planWindowMs(category: RateCategory): number {
  return category === 'Resource-intensive' ? 60_000 : 1000
}

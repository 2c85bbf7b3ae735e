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
export interface Pacer {
  /** Runs `task` when its tier allows; a cancelled signal drops it from the queue. */
  run<T>(category: RateCategory, task: () => Promise<T>, signal?: AbortSignal): Promise<T>
  /**
   * After a 429 (or Remaining: 0) the whole tier waits, not just the request that hit it. The
   * queue itself stops starting work, so the wait ends with evenly spaced starts, not a burst.
   */
  pause(category: RateCategory, ms: number): void
  noteRemaining(category: RateCategory, remaining: number | undefined): void
  stopCategoryForDay(category: RateCategory, until: Date): void
  stopForDay(key: string, until: Date): void
  /** When a daily stop covers this tier or key and has not reset yet, its reset time. */
  dailyStop(category: RateCategory, key: string | undefined, now: Date): Date | undefined
  /** Queued (not yet started) plus running requests, for progress and tests. */
  load(category: RateCategory): { queued: number; running: number }
}

export function createPacer(options: PacerOptions): Pacer {
  const queues = new Map<RateCategory, PQueue>()
  const pausedUntil = new Map<RateCategory, number>()
  const dailyStops = new Map<string, Date>()
  const resumeTimers = new Map<RateCategory, ReturnType<typeof setTimeout>>()
  for (const category of rateCategories) {
    const limit = planLimits[options.plan][category]
    const perSecondish = limit.windowMs <= 1000
    queues.set(
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

  function pause(category: RateCategory, ms: number): void {
    const queue = queues.get(category)
    const until = Date.now() + ms
    if (!queue || until <= (pausedUntil.get(category) ?? 0)) return
    pausedUntil.set(category, until)
    clearTimeout(resumeTimers.get(category))
    queue.pause()
    resumeTimers.set(
      category,
      setTimeout(() => {
        resumeTimers.delete(category)
        queue.start()
      }, ms)
    )
  }

  function stopForDay(key: string, until: Date): void {
    dailyStops.set(key, until)
  }

  return {
    run(category, task, signal) {
      const queue = queues.get(category)
      if (!queue) throw new Error(`Unknown rate category ${category}`)
      return queue.add(
        async () => {
          signal?.throwIfAborted()
          return task()
        },
        { signal }
      )
    },
    pause,
    noteRemaining(category, remaining) {
      if (remaining === 0) pause(category, planWindowMs(category))
    },
    stopCategoryForDay(category, until) {
      for (const shared of categoriesSharingDailyPool(category)) stopForDay(`tier:${shared}`, until)
    },
    stopForDay,
    dailyStop(category, key, now) {
      for (const stopKey of [`tier:${category}`, key]) {
        if (stopKey === undefined) continue
        const until = dailyStops.get(stopKey)
        if (until === undefined) continue
        if (until.getTime() > now.getTime()) return until
        dailyStops.delete(stopKey)
      }
      return undefined
    },
    load(category) {
      const queue = queues.get(category)
      return { queued: queue?.size ?? 0, running: queue?.pending ?? 0 }
    }
  }
}

function planWindowMs(category: RateCategory): number {
  return category === 'Resource-intensive' ? 60_000 : 1000
}

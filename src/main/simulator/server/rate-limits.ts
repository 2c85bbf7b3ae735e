import { dayMs, isoSeconds } from '../org/time'
import { messages, ZoomHttpError } from './errors'

export type RateCategory = 'Light' | 'Medium' | 'Heavy' | 'Resource-intensive'
export type ZoomPlan = 'free' | 'pro' | 'business'

interface Window {
  limit: number
  windowMs: number
}

// zoom-api.md §3 (Zoom's rate-limit table). Resource-intensive is per minute.
const shortWindows: Record<ZoomPlan, Record<RateCategory, Window>> = {
  free: { Light: qps(4), Medium: qps(2), Heavy: qps(1), 'Resource-intensive': perMinute(10) },
  pro: { Light: qps(30), Medium: qps(20), Heavy: qps(10), 'Resource-intensive': perMinute(10) },
  business: { Light: qps(80), Medium: qps(60), Heavy: qps(40), 'Resource-intensive': perMinute(20) }
}

/** Daily pools; on paid plans Heavy and Resource-intensive share one pool. */
function dailyPool(
  plan: ZoomPlan,
  category: RateCategory
): { pool: string; limit: number } | undefined {
  if (plan === 'free') {
    const limits: Record<RateCategory, number> = {
      Light: 6000,
      Medium: 2000,
      Heavy: 1000,
      'Resource-intensive': 30_000
    }
    return { pool: category, limit: limits[category] }
  }
  if (category === 'Light' || category === 'Medium') return undefined
  return { pool: 'Heavy+Resource-intensive', limit: plan === 'pro' ? 30_000 : 60_000 }
}

function qps(limit: number): Window {
  return { limit, windowMs: 1000 }
}

function perMinute(limit: number): Window {
  return { limit, windowMs: 60_000 }
}

export function nextUtcMidnight(now: number): string {
  return isoSeconds(Math.floor(now / dayMs) * dayMs + dayMs)
}

/** Per-account limits by category, per second (or minute) and per day, with Zoom's headers. */
export class RateLimiter {
  private readonly shortCounts = new Map<string, number>()
  private readonly dailyCounts = new Map<string, number>()
  private forced: { count: number; category?: RateCategory } = { count: 0 }
  enabled = true

  constructor(
    private readonly plan: ZoomPlan,
    private readonly now: () => number
  ) {}

  forceBurst(count: number, category?: RateCategory): void {
    this.forced = category ? { count, category } : { count }
  }

  reset(): void {
    this.forced = { count: 0 }
    this.shortCounts.clear()
    this.dailyCounts.clear()
  }

  /** Counts one call; returns headers for the response or throws a 429. */
  take(category: RateCategory): Record<string, string> {
    const now = this.now()
    const window = shortWindows[this.plan][category]
    const daily = dailyPool(this.plan, category)
    if (this.forced.count > 0 && (!this.forced.category || this.forced.category === category)) {
      this.forced.count -= 1
      throw this.perSecondError(category, window, now)
    }
    // Limits off: report a full allowance, or clients that read Remaining would pause for nothing.
    if (!this.enabled) return this.headers(category, window, 0, daily, 0)
    const shortKey = `${category}:${Math.floor(now / window.windowMs)}`
    const used = (this.shortCounts.get(shortKey) ?? 0) + 1
    if (used > window.limit) throw this.perSecondError(category, window, now)
    const dayKey = daily ? `${daily.pool}:${Math.floor(now / dayMs)}` : ''
    const dayUsed = daily ? (this.dailyCounts.get(dayKey) ?? 0) + 1 : 0
    if (daily && dayUsed > daily.limit) {
      throw new ZoomHttpError(
        429,
        { code: 429, message: messages.daily },
        // The same headers as an allowed call, with nothing remaining.
        {
          ...this.headers(category, window, used, daily, daily.limit),
          'Retry-After': nextUtcMidnight(now)
        }
      )
    }
    this.pruneOldWindows(shortKey)
    this.shortCounts.set(shortKey, used)
    if (daily) this.dailyCounts.set(dayKey, dayUsed)
    return this.headers(category, window, used, daily, dayUsed)
  }

  private headers(
    category: RateCategory,
    window: Window,
    used: number,
    daily: { limit: number } | undefined,
    dayUsed: number
  ): Record<string, string> {
    if (daily) {
      return {
        'X-RateLimit-Category': category,
        'X-RateLimit-Type': 'Daily-limit',
        'X-RateLimit-Limit': String(daily.limit),
        'X-RateLimit-Remaining': String(Math.max(0, daily.limit - dayUsed))
      }
    }
    return {
      'X-RateLimit-Category': category,
      'X-RateLimit-Type': 'QPS',
      'X-RateLimit-Limit': String(window.limit),
      'X-RateLimit-Remaining': String(Math.max(0, window.limit - used))
    }
  }

  private perSecondError(category: RateCategory, window: Window, now: number): ZoomHttpError {
    const retrySeconds = Math.max(1, Math.ceil((window.windowMs - (now % window.windowMs)) / 1000))
    return new ZoomHttpError(
      429,
      { code: 429, message: messages.perSecond },
      {
        ...this.headers(category, window, window.limit, undefined, 0),
        'Retry-After': String(retrySeconds)
      }
    )
  }

  private pruneOldWindows(current: string): void {
    if (this.shortCounts.size < 64) return
    for (const key of this.shortCounts.keys()) if (key !== current) this.shortCounts.delete(key)
  }
}

/** Counters that reset at 00:00 UTC: meeting creates per host, user invites per account. */
export class DailyCounter {
  private readonly counts = new Map<string, number>()

  constructor(private readonly now: () => number) {}

  /** Increments and returns true while the count stays within `limit`. */
  take(key: string, limit: number): boolean {
    const dayKey = `${key}:${Math.floor(this.now() / dayMs)}`
    const used = (this.counts.get(dayKey) ?? 0) + 1
    if (used > limit) return false
    this.counts.set(dayKey, used)
    return true
  }

  /** Like take(), but throws Zoom's daily 429 (Retry-After: next 00:00 UTC) when over. */
  enforce(key: string, limit: number, message: string, category: RateCategory): void {
    if (this.take(key, limit)) return
    throw new ZoomHttpError(
      429,
      { code: 429, message },
      {
        'X-RateLimit-Category': category,
        'X-RateLimit-Type': 'Daily-limit',
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': '0',
        'Retry-After': nextUtcMidnight(this.now())
      }
    )
  }

  reset(): void {
    this.counts.clear()
  }
}

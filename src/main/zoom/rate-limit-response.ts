import type { AppFailure } from '../../shared/app-error'
import type { ResolvedZoomConfig } from './config'
import { dailyLimitFailure, rateLimitedFailure } from './errors'
import type { ExchangeFailure } from './http-exchange'
import type { Pacer } from './pacer'
import type { RateCategory } from './rate-categories'
import { fullJitterDelayMs, parseRetryAfterMs } from './retry-policy'

export type After429 = { kind: 'retry'; delayMs: number } | { kind: 'fail'; error: AppFailure }

interface After429Input {
  failure: Extract<ExchangeFailure, { kind: 'http' }>
  request: { endpoint: string; dailyKey?: string }
  category: RateCategory
  method: string
  config: ResolvedZoomConfig
  pacer: Pacer
  /** Tries made so far, this one included. */
  tries: number
}

export function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1))
}

/** Per-host and per-account action caps (meeting creates, user invites) stop one action, not a tier. */
function isActionCap(message: string): boolean {
  return /particular user|user invite/i.test(message)
}

function describeStop(endpoint: string, category: RateCategory | undefined): string {
  if (endpoint === 'POST /users') return 'adding users'
  if (endpoint === 'POST /users/{userId}/meetings') return 'creating meetings for this host'
  return `${category ?? 'these'} requests`
}

/** The failure for a call refused locally because an earlier 429 used up a daily cap. */
export function dailyStopFailure(
  until: Date,
  request: { endpoint: string },
  category: RateCategory
): AppFailure {
  return dailyLimitFailure(until, describeStop(request.endpoint, category))
}

/**
 * What to do after a 429: a daily cap stops the tier (or the one action) until it resets and
 * fails now; a per-second limit pauses the whole tier and retries a GET, unless Retry-After is
 * beyond the wait budget.
 */
export function decideAfter429(input: After429Input): After429 {
  const { failure, request, category, method, config, pacer, tries } = input
  const now = config.now()
  const retryAfterMs = parseRetryAfterMs(failure.rate.retryAfter, now.getTime())
  const message = failure.body.message ?? ''
  const daily = /daily/i.test(failure.rate.type ?? '') || /daily/i.test(message)
  if (daily) {
    const resetAt =
      retryAfterMs !== undefined ? new Date(now.getTime() + retryAfterMs) : nextUtcMidnight(now)
    if (isActionCap(message)) pacer.stopForDay(request.dailyKey ?? request.endpoint, resetAt)
    else pacer.stopCategoryForDay(category, resetAt)
    return {
      kind: 'fail',
      error: dailyLimitFailure(resetAt, describeStop(request.endpoint, category))
    }
  }
  const retryAt = retryAfterMs !== undefined ? new Date(now.getTime() + retryAfterMs) : undefined
  if (retryAfterMs !== undefined && retryAfterMs > config.maxRetryWaitMs) {
    return { kind: 'fail', error: rateLimitedFailure(retryAt) }
  }
  const delayMs = Math.max(
    retryAfterMs ?? 0,
    fullJitterDelayMs(tries - 1, config.backoff, config.random)
  )
  pacer.pause(category, delayMs)
  if (method !== 'GET' || tries >= config.maxAttempts) {
    return { kind: 'fail', error: rateLimitedFailure(retryAt) }
  }
  return { kind: 'retry', delayMs }
}

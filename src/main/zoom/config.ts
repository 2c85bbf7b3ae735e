import type { Logger } from '../logging/logger'
import { silentLogger } from '../logging/logger'
import { createSecretRegistry } from '../logging/redact'

export type ZoomPlan = 'free' | 'pro' | 'business'

export interface ZoomClientConfig {
  accountId: string
  clientId: string
  clientSecret: string
  /** Default https://api.zoom.us/v2 */
  apiBaseUrl?: string
  /** Default https://zoom.us/oauth/token */
  oauthUrl?: string
  /** Picks the per-second limits Headcount paces itself to. Default 'pro'. */
  plan?: ZoomPlan
  /** Tries per request, first try included. Default 4. */
  maxAttempts?: number
  /** Total deadline for one HTTP exchange (connect to last byte). Default 30 s. */
  requestTimeoutMs?: number
  logger?: Logger
  now?: () => Date
  /** Backoff for retries: delay = rand(0, min(capMs, baseMs * 2^n)). Defaults 500 ms / 20 s. */
  backoff?: { baseMs?: number; capMs?: number }
  /** A Retry-After further away than this fails fast instead of waiting. Default 60 s. */
  maxRetryWaitMs?: number
  /** Share of Zoom's per-second ceiling to pace at (leaves room for latency jitter). Default 0.92. */
  pacingFraction?: number
  /** Renew the token this long before it expires; never less than 60 s. */
  renewBeforeExpiryMs?: number
  /** Tests only: replaces Math.random in backoff jitter. */
  random?: () => number
  /**
   * Told every secret the client holds (the client secret, each new access token), e.g.
   * SecretRegistry.add from logging/redact.ts, so log lines can scrub them by value.
   */
  onSecret?: (secret: string) => void
}

export interface ResolvedZoomConfig {
  accountId: string
  clientId: string
  clientSecret: string
  apiBaseUrl: string
  oauthUrl: string
  plan: ZoomPlan
  maxAttempts: number
  requestTimeoutMs: number
  logger: Logger
  now: () => Date
  backoff: { baseMs: number; capMs: number }
  maxRetryWaitMs: number
  pacingFraction: number
  renewBeforeExpiryMs: number
  random: () => number
  onSecret: (secret: string) => void
  /** The log scrubber, knowing this client's secret and tokens: for Zoom text we quote. */
  scrub: (text: string) => string
}

export const defaultApiBaseUrl = 'https://api.zoom.us/v2'
export const defaultOauthUrl = 'https://zoom.us/oauth/token'
const minimumRenewMs = 60_000

export function resolveZoomConfig(config: ZoomClientConfig): ResolvedZoomConfig {
  // Zoom's words end up in messages the admin reads; they get the same scrubbing as logs.
  const known = createSecretRegistry()
  known.add(config.clientSecret)
  const tellCaller = config.onSecret ?? (() => undefined)
  return {
    accountId: config.accountId,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    apiBaseUrl: (config.apiBaseUrl ?? defaultApiBaseUrl).replace(/\/+$/, ''),
    oauthUrl: config.oauthUrl ?? defaultOauthUrl,
    plan: config.plan ?? 'pro',
    maxAttempts: Math.max(1, Math.floor(config.maxAttempts ?? 4)),
    requestTimeoutMs: config.requestTimeoutMs ?? 30_000,
    logger: config.logger ?? silentLogger,
    now: config.now ?? (() => new Date()),
    backoff: {
      baseMs: config.backoff?.baseMs ?? 500,
      capMs: config.backoff?.capMs ?? 20_000
    },
    maxRetryWaitMs: config.maxRetryWaitMs ?? 60_000,
    pacingFraction: Math.min(1, Math.max(0.1, config.pacingFraction ?? 0.92)),
    renewBeforeExpiryMs: Math.max(minimumRenewMs, config.renewBeforeExpiryMs ?? minimumRenewMs),
    random: config.random ?? Math.random,
    onSecret: (secret) => {
      known.add(secret)
      tellCaller(secret)
    },
    scrub: (text) => known.scrub(text)
  }
}

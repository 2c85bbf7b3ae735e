import type { AxiosInstance } from 'axios'
import type { ResolvedZoomConfig } from './config'
import { exchange } from './http-exchange'
import {
  badAnswerFailure,
  cancelledFailure,
  networkFailure,
  signInRateLimitedFailure,
  tokenEndpointFailure
} from './errors'
import { fullJitterDelayMs, parseRetryAfterMs, sleep } from './retry-policy'
import type { ClientStats } from './stats'
import { scrubZoomErrorBody } from './zoom-error-body'

export interface AccessToken {
  value: string
  expiresAtMs: number
  scopes: string[]
}

/** The token endpoint said 429; how long it asked us to wait, when it said. */
class SignInRateLimited extends Error {
  constructor(readonly retryAfterMs: number | undefined) {
    super('The token endpoint answered 429.')
  }
}

interface TokenResponse {
  access_token?: unknown
  expires_in?: unknown
  scope?: unknown
}

/**
 * Server-to-Server OAuth token, kept in memory only. Every caller shares one in-flight fetch,
 * for both the proactive renewal (before expiry) and the renewal after a 401.
 */
export interface TokenCache {
  get(signal?: AbortSignal): Promise<AccessToken>
  /** After a 401: forget this token unless another caller already replaced it. */
  invalidate(token: AccessToken): void
  clear(): void
  current(): AccessToken | undefined
}

export function createTokenCache(
  config: ResolvedZoomConfig,
  http: AxiosInstance,
  stats: ClientStats
): TokenCache {
  let token: AccessToken | undefined
  let inFlight: Promise<AccessToken> | undefined
  /** Bumped by clear(): a fetch that started before it must not repopulate the cache. */
  let generation = 0

  async function fetchWithRetries(): Promise<AccessToken> {
    // A token request creates nothing, so it is safe to resend after 5xx, network errors and 429.
    for (let attempt = 1; ; attempt += 1) {
      const backoffMs = fullJitterDelayMs(attempt - 1, config.backoff, config.random)
      try {
        return await fetchOnce()
      } catch (error) {
        if (error instanceof SignInRateLimited) {
          const { retryAfterMs } = error
          const retryAt =
            retryAfterMs === undefined ? undefined : new Date(config.now().getTime() + retryAfterMs)
          const tooFar = retryAfterMs !== undefined && retryAfterMs > config.maxRetryWaitMs
          if (tooFar || attempt >= config.maxAttempts) throw signInRateLimitedFailure(retryAt)
          await sleep(Math.max(retryAfterMs ?? 0, backoffMs))
          continue
        }
        const code = (error as { appError?: { code?: string } }).appError?.code
        const retryable = code === 'network' || code === 'zoom-unavailable'
        if (!retryable || attempt >= config.maxAttempts) throw error
        await sleep(backoffMs)
      }
    }
  }

  async function fetchOnce(): Promise<AccessToken> {
    const { accountId, clientId, clientSecret, oauthUrl, requestTimeoutMs } = config
    const form = new URLSearchParams({ grant_type: 'account_credentials', account_id: accountId })
    const basic = Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64')
    stats.tokenRequests += 1
    const startedMs = config.now().getTime()
    const outcome = await exchange<TokenResponse>(
      http,
      {
        method: 'POST',
        url: oauthUrl,
        data: form.toString(),
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json'
        }
      },
      requestTimeoutMs
    )
    if (!outcome.ok) {
      const failure = outcome.failure
      config.logger.warn('Zoom token request failed', {
        kind: failure.kind,
        status: failure.kind === 'http' ? failure.status : undefined
      })
      if (failure.kind === 'http' && failure.status === 429) {
        throw new SignInRateLimited(
          parseRetryAfterMs(failure.rate.retryAfter, config.now().getTime())
        )
      }
      if (failure.kind === 'http') {
        throw tokenEndpointFailure(failure.status, scrubZoomErrorBody(failure.body, config.scrub))
      }
      if (failure.kind === 'bad-body') throw badAnswerFailure()
      if (failure.kind === 'cancelled') throw cancelledFailure()
      throw networkFailure(failure.kind === 'timeout')
    }
    const body = outcome.data
    if (typeof body?.access_token !== 'string' || body.access_token === '') {
      throw tokenEndpointFailure(502, { message: 'The sign-in answer had no access token.' })
    }
    config.onSecret(body.access_token)
    const lifetimeSeconds = typeof body.expires_in === 'number' ? body.expires_in : 3600
    const scopes = typeof body.scope === 'string' ? body.scope.split(' ').filter(Boolean) : []
    config.logger.info('Signed in to Zoom', {
      scopes: scopes.length,
      expiresInS: lifetimeSeconds
    })
    return { value: body.access_token, expiresAtMs: startedMs + lifetimeSeconds * 1000, scopes }
  }

  return {
    async get(signal) {
      const known = token
      if (known && config.now().getTime() < known.expiresAtMs - config.renewBeforeExpiryMs) {
        return known
      }
      if (!inFlight) {
        const started = generation
        const shared: Promise<AccessToken> = fetchWithRetries()
          .then((fetched) => {
            if (started === generation) token = fetched
            return fetched
          })
          .finally(() => {
            if (inFlight === shared) inFlight = undefined
          })
        inFlight = shared
      }
      return waitOrCancel(inFlight, signal)
    },
    invalidate(stale) {
      if (token === stale) token = undefined
    },
    clear() {
      token = undefined
      inFlight = undefined
      generation += 1
    },
    current: () => token
  }
}

/** The shared fetch keeps going for other callers; only this caller stops waiting. */
function waitOrCancel<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(cancelledFailure())
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(cancelledFailure())
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      }
    )
  })
}

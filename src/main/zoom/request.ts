import type { AxiosInstance } from 'axios'
import type { ResolvedZoomConfig } from './config'
import type { ExchangeFailure, ExchangeOutcome } from './http-exchange'
import { exchange } from './http-exchange'
import { apiResponseFailure, badAnswerFailure, cancelledFailure, networkFailure } from './errors'
import type { EndpointKey } from './rate-categories'
import { categoryOf } from './rate-categories'
import type { Pacer } from './pacer'
import { dailyStopFailure, decideAfter429 } from './rate-limit-response'
import { fullJitterDelayMs, sleep } from './retry-policy'
import type { ClientStats } from './stats'
import type { AccessToken, TokenCache } from './token-cache'
import { AppFailure } from '../../shared/app-error'
import { scrubZoomErrorBody } from './zoom-error-body'

type Scrub = (text: string) => string

export type QueryValue = string | number | boolean | undefined

export interface ZoomRequest {
  endpoint: EndpointKey
  /** Path below apiBaseUrl, every segment already encoded (see uuid-path.ts). */
  path: string
  query?: Record<string, QueryValue>
  body?: unknown
  signal?: AbortSignal
  /** Names a per-user/per-action daily cap (e.g. 100 meeting creates per host). */
  dailyKey?: string
}

export type SendZoomRequest = <T>(request: ZoomRequest) => Promise<T>

export interface RequestDeps {
  config: ResolvedZoomConfig
  http: AxiosInstance
  tokens: TokenCache
  pacer: Pacer
  stats: ClientStats
}

function isRetryableFailure(method: string, failure: ExchangeFailure): boolean {
  if (failure.kind === 'network' && failure.neverSent) return true
  // A POST that may have reached Zoom could have created the user or meeting already.
  if (method !== 'GET') return false
  if (failure.kind === 'network' || failure.kind === 'timeout') return true
  // A spoiled answer to a GET is as passing as a 5xx: asking again is safe.
  if (failure.kind === 'bad-body') return true
  return failure.kind === 'http' && failure.status >= 500
}

function toFailure(failure: ExchangeFailure, method: string, scrub: Scrub): AppFailure {
  if (failure.kind === 'cancelled') return cancelledFailure()
  if (failure.kind === 'bad-body') return badAnswerFailure(method !== 'GET')
  if (failure.kind === 'http') {
    return apiResponseFailure(failure.status, scrubZoomErrorBody(failure.body, scrub))
  }
  return networkFailure(failure.kind === 'timeout')
}

function asCancelled(error: unknown, signal?: AbortSignal): unknown {
  return signal?.aborted && !(error instanceof AppFailure) ? cancelledFailure() : error
}

/** The one place that sends API requests: token, pacing, deadline, retries, error mapping. */
export function createRequestSender(deps: RequestDeps): SendZoomRequest {
  const { config, http, tokens, pacer, stats } = deps
  const { logger } = config

  return async function send<T>(request: ZoomRequest): Promise<T> {
    const [method] = request.endpoint.split(' ')
    const category = categoryOf(request.endpoint)
    const signal = request.signal
    let tries = 0
    let renewedAfter401 = false
    for (;;) {
      if (signal?.aborted) throw cancelledFailure()
      const stoppedUntil = pacer.dailyStop(
        category,
        request.dailyKey ?? request.endpoint,
        config.now()
      )
      if (stoppedUntil) throw dailyStopFailure(stoppedUntil, request, category)
      let token: AccessToken | undefined
      let outcome: ExchangeOutcome<T>
      try {
        outcome = await pacer.run(
          category,
          async () => {
            // Read the token at send time: a request that queued behind a renewal uses the new one.
            token = await tokens.get(signal)
            stats.requests += 1
            stats.byCategory[category] += 1
            return exchange<T>(
              http,
              {
                method,
                url: `${config.apiBaseUrl}${request.path}`,
                params: request.query,
                data: request.body,
                headers: {
                  Authorization: `Bearer ${token.value}`,
                  Accept: 'application/json',
                  ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' })
                }
              },
              config.requestTimeoutMs,
              signal
            )
          },
          signal
        )
      } catch (error) {
        throw asCancelled(error, signal)
      }
      if (outcome.ok) {
        pacer.noteRemaining(category, outcome.rate.remaining)
        return outcome.data
      }
      const failure = outcome.failure
      logger.debug('Zoom request failed', {
        endpoint: request.endpoint,
        kind: failure.kind,
        status: failure.kind === 'http' ? failure.status : undefined,
        zoomCode: failure.kind === 'http' ? failure.body.code : undefined
      })
      if (failure.kind === 'cancelled') throw cancelledFailure()
      if (failure.kind === 'http' && failure.status === 401 && !renewedAfter401) {
        // Expired or revoked token: renew once and resend once. Nothing was done on a 401.
        renewedAfter401 = true
        if (token) tokens.invalidate(token)
        continue
      }
      tries += 1
      let delayMs = fullJitterDelayMs(tries - 1, config.backoff, config.random)
      if (failure.kind === 'http' && failure.status === 429) {
        stats.responses429 += 1
        const decision = decideAfter429({
          failure,
          request,
          category,
          method,
          config,
          pacer,
          tries
        })
        if (decision.kind === 'fail') throw decision.error
        delayMs = decision.delayMs
      } else if (!isRetryableFailure(method, failure) || tries >= config.maxAttempts) {
        throw toFailure(failure, method, config.scrub)
      }
      stats.retries += 1
      logger.warn('Retrying Zoom request', { endpoint: request.endpoint, try: tries, delayMs })
      try {
        await sleep(delayMs, signal)
      } catch {
        throw cancelledFailure()
      }
    }
  }
}

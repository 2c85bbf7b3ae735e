import type { AxiosInstance, AxiosRequestConfig, RawAxiosResponseHeaders } from 'axios'
import { isAxiosError } from 'axios'
import type { ZoomErrorBody } from './zoom-error-body'
import { readZoomErrorBody } from './zoom-error-body'
import { redactAxiosError } from './redact-axios-error'
import { provesNothingWasSent } from './retry-policy'

/** Rate-limit facts Zoom sends back (headers arrive lowercase). */
export interface RateHeaders {
  category?: string
  type?: string
  remaining?: number
  retryAfter?: string
}

export type ExchangeFailure =
  | { kind: 'cancelled' }
  | { kind: 'timeout' }
  | { kind: 'network'; code?: string; neverSent: boolean }
  | { kind: 'http'; status: number; body: ZoomErrorBody; rate: RateHeaders }
  /** A 2xx whose body is not a JSON object (axios hands unparsable text through as a string). */
  | { kind: 'bad-body'; status: number; rate: RateHeaders }

export type ExchangeOutcome<T> =
  { ok: true; status: number; data: T; rate: RateHeaders } | { ok: false; failure: ExchangeFailure }

function header(headers: RawAxiosResponseHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name]
  return typeof value === 'string' ? value : undefined
}

export function readRateHeaders(headers: RawAxiosResponseHeaders | undefined): RateHeaders {
  const remaining = header(headers, 'x-ratelimit-remaining')
  return {
    category: header(headers, 'x-ratelimit-category'),
    type: header(headers, 'x-ratelimit-type'),
    remaining: remaining !== undefined && /^\d+$/.test(remaining) ? Number(remaining) : undefined,
    retryAfter: header(headers, 'retry-after')
  }
}

/** Every Zoom answer Headcount reads is one JSON object; anything else is never data. */
function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function networkCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown }).code
  const cause = (error as { cause?: { code?: unknown } }).cause?.code
  if (typeof cause === 'string') return cause
  return typeof own === 'string' ? own : undefined
}

/**
 * Sends one HTTP exchange under a total deadline (AbortSignal.timeout, not axios's idle-socket
 * timeout) joined with the caller's signal. Never throws: failures come back classified, with
 * the AxiosError redacted so nothing downstream can leak credentials by logging it.
 */
export async function exchange<T>(
  http: AxiosInstance,
  request: AxiosRequestConfig,
  deadlineMs: number,
  callerSignal?: AbortSignal
): Promise<ExchangeOutcome<T>> {
  if (callerSignal?.aborted) return { ok: false, failure: { kind: 'cancelled' } }
  const deadline = AbortSignal.timeout(deadlineMs)
  const signal = callerSignal ? AbortSignal.any([callerSignal, deadline]) : deadline
  try {
    const response = await http.request<T>({ ...request, signal, maxRedirects: 0 })
    const rate = readRateHeaders(response.headers)
    if (!isJsonObject(response.data)) {
      return { ok: false, failure: { kind: 'bad-body', status: response.status, rate } }
    }
    return { ok: true, status: response.status, data: response.data, rate }
  } catch (error) {
    if (callerSignal?.aborted) return { ok: false, failure: { kind: 'cancelled' } }
    if (deadline.aborted) return { ok: false, failure: { kind: 'timeout' } }
    if (isAxiosError(error) && error.response) {
      const failure: ExchangeFailure = {
        kind: 'http',
        status: error.response.status,
        body: readZoomErrorBody(error.response.data),
        rate: readRateHeaders(error.response.headers as RawAxiosResponseHeaders)
      }
      redactAxiosError(error)
      return { ok: false, failure }
    }
    redactAxiosError(error)
    const code = networkCode(error)
    return { ok: false, failure: { kind: 'network', code, neverSent: provesNothingWasSent(code) } }
  }
}

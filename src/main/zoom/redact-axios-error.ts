import { isAxiosError } from 'axios'

const redacted = '[REDACTED]'
const secretHeaders = /^(authorization|proxy-authorization|cookie|set-cookie)$/i
const credentialValue = /^\s*(basic|bearer)\s/i

/** A log-safe summary of a failed exchange: no headers, bodies, credentials or tokens. */
export interface SafeHttpErrorSummary {
  name: string
  code?: string
  method?: string
  url?: string
  status?: number
  zoomCode?: number
  zoomMessage?: string
  trackingId?: string
}

function scrubHeaders(headers: unknown): void {
  if (typeof headers !== 'object' || headers === null) return
  const record = headers as Record<string, unknown>
  for (const name of Object.keys(record)) {
    const value = record[name]
    if (secretHeaders.test(name) || (typeof value === 'string' && credentialValue.test(value))) {
      record[name] = redacted
    }
  }
}

/** Drops the query string: it never holds secrets today, but it may hold emails. */
function pathOnly(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  return url.split('?')[0]
}

/**
 * Makes an AxiosError safe to log, in place: `toJSON()` and `util.inspect` would otherwise
 * print the Authorization header, Basic credentials, the token request's form body, the raw
 * request (whose `_header` repeats Authorization) and the token response.
 */
export function redactAxiosError<T>(error: T): T {
  if (!isAxiosError(error)) return error
  const config = error.config as (Record<string, unknown> & { headers?: unknown }) | undefined
  if (config) {
    scrubHeaders(config.headers)
    if (config.auth !== undefined) config.auth = redacted
    if (config.data !== undefined) config.data = redacted
  }
  if (error.response) {
    scrubHeaders(error.response.headers)
    if (error.response.config) scrubHeaders(error.response.config.headers)
    Object.defineProperty(error.response, 'request', { value: undefined, enumerable: false })
    // Token responses carry access_token; error bodies are summarised separately.
    error.response.data = redacted
  }
  Object.defineProperty(error, 'request', { value: undefined, enumerable: false })
  return error
}

export function summarizeHttpError(error: unknown): SafeHttpErrorSummary {
  if (!isAxiosError(error)) {
    const name = error instanceof Error ? error.name : 'Error'
    const code = (error as { code?: unknown } | null)?.code
    return { name, code: typeof code === 'string' ? code : undefined }
  }
  const data = error.response?.data as Record<string, unknown> | undefined
  const tracking = error.response?.headers?.['x-zm-trackingid']
  return {
    name: error.name,
    code: error.code,
    method: error.config?.method?.toUpperCase(),
    url: pathOnly(error.config?.url),
    status: error.response?.status,
    zoomCode: typeof data?.code === 'number' ? data.code : undefined,
    zoomMessage: typeof data?.message === 'string' ? data.message : undefined,
    trackingId: typeof tracking === 'string' ? tracking : undefined
  }
}

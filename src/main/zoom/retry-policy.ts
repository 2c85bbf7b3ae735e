/** Capped exponential backoff with full jitter: rand(0, min(cap, base * 2^retry)). */
export function fullJitterDelayMs(
  retryIndex: number,
  backoff: { baseMs: number; capMs: number },
  random: () => number = Math.random
): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, retryIndex))
  return Math.floor(random() * ceiling)
}

/**
 * Retry-After comes as seconds ("3") or as a date ("2020-05-31T00:00:00Z" on Zoom's daily
 * limit). Returns the wait in ms from `nowMs`, or undefined when absent or unreadable.
 */
export function parseRetryAfterMs(value: unknown, nowMs: number): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const text = value.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const at = Date.parse(text)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - nowMs)
}

/** Errors that prove the request never left this machine, so even a POST may be resent. */
const neverSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL'])

export function provesNothingWasSent(errorCode: string | undefined): boolean {
  return errorCode !== undefined && neverSentCodes.has(errorCode)
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

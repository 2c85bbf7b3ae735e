import { AppFailure, type AppError, type AppErrorCode } from '../../../shared/app-error'

/** The person-facing error behind anything thrown; unknown errors become a generic one. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppFailure) return error.appError
  return {
    code: 'internal',
    message: 'Something went wrong inside Headcount.',
    remedy: 'Try again. If it keeps happening, send the log file to whoever supports Headcount.'
  }
}

export function hasCode(error: unknown, ...codes: AppErrorCode[]): boolean {
  return error instanceof AppFailure && codes.includes(error.appError.code)
}

export function isCancelled(error: unknown, signal?: AbortSignal): boolean {
  return hasCode(error, 'cancelled') || signal?.aborted === true
}

export function cancelled(): AppFailure {
  return new AppFailure({ code: 'cancelled', message: 'Stopped before it finished.' })
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled()
}

/** Failures after which every further call of a batch would fail the same way (or pile on). */
export function stopsTheBatch(error: AppError): boolean {
  return (
    error.code === 'auth' ||
    error.code === 'rate-limited' ||
    error.code === 'missing-scopes' ||
    error.code === 'daily-limit' ||
    error.code === 'paid-plan-required' ||
    error.code === 'cancelled'
  )
}

/**
 * Zoom could not be reached: no connection, a proxy or sign-in page answering instead, or Zoom
 * down. The archive answers then, and says it is offline.
 */
export function isUnreachable(error: unknown): boolean {
  return hasCode(error, 'network', 'zoom-unavailable')
}

import { z } from 'zod'

/**
 * Every failure that reaches a person (over IPC, in the CLI, in a log line) is one of these
 * kinds, with a plain-language message and, where one exists, the fix.
 */
export const appErrorCodes = [
  // Input and transport
  'invalid-input',
  'forbidden-sender',
  'cancelled',
  'internal',
  // Zoom
  'auth',
  'missing-scopes',
  'not-found',
  'paid-plan-required',
  // No Webinar add-on, or no webinar licence for the host: later screens hide webinars quietly.
  'no-webinar-licence',
  'rate-limited',
  'daily-limit',
  'validation',
  'network',
  'zoom-unavailable',
  'report-not-ready',
  // Local
  'storage',
  'file'
] as const

export type AppErrorCode = (typeof appErrorCodes)[number]

export const appErrorSchema = z.object({
  code: z.enum(appErrorCodes),
  message: z.string(),
  remedy: z.string().optional(),
  /** Extra facts for the UI: missing scopes, when a limit resets, field errors. */
  details: z
    .object({
      scopes: z.array(z.string()).optional(),
      retryAt: z.string().optional(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional()
    })
    .optional()
})

export type AppError = z.infer<typeof appErrorSchema>

/** A thrown error that carries an AppError; handlers throw it, the IPC loop unwraps it. */
export class AppFailure extends Error {
  readonly appError: AppError
  constructor(appError: AppError) {
    super(appError.message)
    this.name = 'AppFailure'
    this.appError = appError
  }
}

export function isAppFailure(value: unknown): value is AppFailure {
  return value instanceof AppFailure
}

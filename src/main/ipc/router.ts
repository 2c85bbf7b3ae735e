import type { z } from 'zod'
import { isAppFailure } from '../../shared/app-error'
import type { AppError } from '../../shared/app-error'
import { invokeChannels } from '../../shared/ipc/channels'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { invokeContract } from '../../shared/ipc/contract'
import type { InvokeInput, InvokeOutput } from '../../shared/ipc/contract'
import { fail, ok } from '../../shared/ipc/result'
import type { IpcResult } from '../../shared/ipc/result'
import type { Logger } from '../logging/logger'
import { createSecretRegistry } from '../logging/redact'
import type { SecretRegistry } from '../logging/redact'

export type Handler<C extends InvokeChannel> = (input: InvokeInput<C>) => Promise<InvokeOutput<C>>

/** One handler per contract channel; the type makes a missing or extra one a compile error. */
export type Handlers = { [C in InvokeChannel]: Handler<C> }

/** The domains of the request channels: `accounts` for `accounts:connect`. */
export type Domain = InvokeChannel extends infer C
  ? C extends `${infer D}:${string}`
    ? D
    : never
  : never

/** What one ipc/handlers/<domain>-handlers.ts answers: every channel of its domain, no other. */
export type DomainHandlers<D extends Domain> = Pick<
  Handlers,
  Extract<InvokeChannel, `${D}:${string}`>
>

export interface IpcRouter {
  readonly channels: readonly InvokeChannel[]
  dispatch(channel: string, rawInput: unknown): Promise<IpcResult<unknown>>
}

function isInvokeChannel(channel: string): channel is InvokeChannel {
  return (invokeChannels as readonly string[]).includes(channel)
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0]
  if (!first) return 'The request was not in the expected form.'
  const where = first.path.length > 0 ? ` (at ${first.path.join('.')})` : ''
  return `The request was not in the expected form${where}: ${first.message}`
}

const internalError: AppError = {
  code: 'internal',
  message: 'Something went wrong inside Headcount.',
  remedy: 'Try again. If it keeps happening, restart Headcount and send us the log file.'
}

/** Error texts often quote Zoom; they leave main only after the scrubbing the logs get. */
function scrubbed(error: AppError, secrets: Pick<SecretRegistry, 'scrub'>): AppError {
  const scrub = (text: string): string => secrets.scrub(text)
  const details = error.details && {
    ...error.details,
    scopes: error.details.scopes?.map(scrub),
    fields: error.details.fields?.map((f) => ({ field: scrub(f.field), message: scrub(f.message) }))
  }
  return {
    ...error,
    message: scrub(error.message),
    ...(error.remedy === undefined ? {} : { remedy: scrub(error.remedy) }),
    ...(details === undefined ? {} : { details: stripUndefined(details) })
  }
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/**
 * Validates input against the contract, runs the handler, and always resolves to a Result:
 * thrown AppFailures become typed errors (scrubbed of secrets like a log line); anything else
 * becomes a generic internal error so no stack trace or private data crosses to the renderer.
 * `secrets` is the app's log scrubber; without it, credential-shaped text is still removed.
 */
export function createIpcRouter(
  handlers: Handlers,
  logger: Logger,
  secrets: Pick<SecretRegistry, 'scrub'> = createSecretRegistry()
): IpcRouter {
  async function dispatch(channel: string, rawInput: unknown): Promise<IpcResult<unknown>> {
    if (!isInvokeChannel(channel)) {
      return fail({ code: 'invalid-input', message: 'Headcount does not know that request.' })
    }
    const spec = invokeContract[channel]
    const parsed = spec.input.safeParse(rawInput)
    if (!parsed.success) {
      return fail({
        code: 'invalid-input',
        message: describeIssues(parsed.error),
        remedy: 'Check the values you entered and try again.'
      })
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>
      const output = await handler(parsed.data)
      const checked = spec.output.safeParse(output)
      if (!checked.success) {
        logger.error('IPC handler returned data outside the contract', { channel })
        return fail(internalError)
      }
      return ok(checked.data)
    } catch (error) {
      if (isAppFailure(error)) return fail(scrubbed(error.appError, secrets))
      logger.error('IPC handler failed', { channel, error })
      return fail(internalError)
    }
  }
  return { channels: invokeChannels, dispatch }
}

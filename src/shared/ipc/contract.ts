import { z } from 'zod'
import type { EventChannel, InvokeChannel } from './channels'

/** A request with no arguments must send nothing at all. */
const noInput = z.undefined()

const jobId = z.string().min(1).max(64)

export const jobProgressSchema = z.object({
  jobId,
  label: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  /** Seconds left, when it can be estimated. */
  secondsLeft: z.number().nonnegative().nullable(),
  state: z.enum(['running', 'finished', 'cancelled', 'failed'])
})

/**
 * The one IPC contract: each request channel's input and output, each event's payload.
 * Main validates inputs (and its own outputs) against it; the renderer's types derive from it.
 */
export const invokeContract = {
  'app:get-info': {
    input: noInput,
    output: z.object({
      name: z.string(),
      version: z.string(),
      /** 'electron' in the desktop app, 'browser-preview' in the development preview. */
      shell: z.enum(['electron', 'browser-preview']),
      platform: z.string()
    })
  },
  'app:open-external': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: z.object({ opened: z.literal(true) })
  },
  'jobs:cancel': {
    input: z.object({ jobId }).strict(),
    output: z.object({ cancelled: z.boolean() })
  }
} satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>

export const eventContract = {
  'jobs:progress': jobProgressSchema,
  'auth:expired': z.object({ message: z.string() })
} satisfies Record<EventChannel, z.ZodType>

export type InvokeInput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['input']>
export type InvokeOutput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['output']>
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventContract)[E]>
export type JobProgress = z.infer<typeof jobProgressSchema>

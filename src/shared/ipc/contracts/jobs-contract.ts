import { z } from 'zod'

export const jobIdSchema = z.string().min(1).max(64)

export const jobProgressSchema = z.object({
  jobId: jobIdSchema,
  label: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  /** Seconds left, when it can be estimated. */
  secondsLeft: z.number().nonnegative().nullable(),
  state: z.enum(['running', 'finished', 'cancelled', 'failed'])
})

export const jobsContract = {
  'jobs:cancel': {
    input: z.object({ jobId: jobIdSchema }).strict(),
    output: z.object({ cancelled: z.boolean() })
  }
}

export const jobsEvents = {
  'jobs:progress': jobProgressSchema
}

import { z } from 'zod'

// The shapes of what scheduling a meeting answers, and the daily quota; the channels that use them are in meetings-contract.ts.

export const creationQuotaSchema = z.object({
  hostEmail: z.string(),
  /** Meetings created through Headcount for this host since 00:00 UTC. */
  createdToday: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  left: z.number().int().nonnegative(),
  /** When Zoom's count starts again (next 00:00 UTC). */
  resetsAt: z.string(),
  /** Set when Zoom itself said the limit is used up. */
  blockedUntil: z.string().nullable()
})

export const createdMeetingSchema = z.object({
  id: z.string(),
  topic: z.string(),
  hostEmail: z.string(),
  timezone: z.string(),
  /** UTC instant of the first meeting. */
  startTime: z.string().nullable(),
  durationMinutes: z.number().int().nonnegative(),
  joinUrl: z.string(),
  registrationUrl: z.string().nullable(),
  startUrl: z.string().nullable(),
  /** The start link stops working about 2 hours after creation. */
  startUrlExpiresAt: z.string().nullable(),
  passcode: z.string().nullable(),
  occurrences: z.array(z.object({ id: z.string(), startTime: z.string() })),
  quota: creationQuotaSchema
})

export type CreationQuota = z.infer<typeof creationQuotaSchema>
export type CreatedMeetingView = z.infer<typeof createdMeetingSchema>

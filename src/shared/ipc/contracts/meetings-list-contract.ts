import { z } from 'zod'

// The shapes of a host's scheduled meetings and the dates of a recurring one; the channels that use them are in meetings-contract.ts.

export const meetingListTypes = ['scheduled', 'upcoming', 'previous_meetings'] as const

export const meetingListItemSchema = z.object({
  id: z.string(),
  topic: z.string(),
  /** Zoom's type: 2 one-off, 3 recurring with no fixed time, 8 recurring, 1 instant. */
  type: z.number().int(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int().nonnegative(),
  timezone: z.string().nullable(),
  joinUrl: z.string().nullable()
})

/** One upcoming date of a recurring meeting. */
export const occurrenceSchema = z.object({
  occurrenceId: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().nullable()
})

/** What a scheduled meeting's row opens to: the links to share, and who registered so far. */
export const meetingLinksSchema = z.object({
  joinUrl: z.string().nullable(),
  /** Null when the meeting takes no registrations. */
  registrationUrl: z.string().nullable(),
  /** Registrations so far by status; null when the meeting takes none. */
  registrants: z
    .object({ approved: z.number().int().nonnegative(), pending: z.number().int().nonnegative() })
    .nullable()
})

export type MeetingLinks = z.infer<typeof meetingLinksSchema>
export type MeetingListItem = z.infer<typeof meetingListItemSchema>
export type MeetingOccurrence = z.infer<typeof occurrenceSchema>

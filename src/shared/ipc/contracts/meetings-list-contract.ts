import { z } from 'zod'

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

export const meetingsListContract = {
  'meetings:list': {
    input: z
      .object({
        /** A user's email or id; 'me' means the signed-in host. */
        userId: z.string().trim().min(1).max(128),
        type: z.enum(meetingListTypes)
      })
      .strict(),
    output: z.object({ meetings: z.array(meetingListItemSchema) })
  },
  'meetings:occurrences': {
    input: z
      .object({ meetingId: z.string().regex(/^\d{9,12}$/, 'Use the meeting ID (digits only).') })
      .strict(),
    output: z.object({
      occurrences: z.array(
        z.object({
          occurrenceId: z.string(),
          startTime: z.string().nullable(),
          durationMinutes: z.number().nullable()
        })
      )
    })
  }
}

export type MeetingListItem = z.infer<typeof meetingListItemSchema>

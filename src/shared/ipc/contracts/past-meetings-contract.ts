import { z } from 'zod'
import { daySchema as day } from './common'

/** One time a meeting ran, from Zoom's reports. */
export const pastMeetingSchema = z.object({
  /** Text, never a number: Zoom meeting ids are 64-bit. */
  id: z.string(),
  /** This instance; recurring meetings have one per session. */
  uuid: z.string(),
  topic: z.string(),
  /** Zoom's meeting type: 1 instant, 2 scheduled, 3 recurring without a fixed time, 8 recurring. */
  type: z.number().int(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  participants: z.number().nullable()
})

export const pastMeetingsContract = {
  'meetings:list-past': {
    input: z
      .object({
        /** Host email or Zoom user id; the signed-in host when omitted. */
        userId: z.string().trim().min(1).max(254).optional(),
        from: day,
        to: day
      })
      .strict(),
    output: z.object({
      userId: z.string(),
      meetings: z.array(pastMeetingSchema),
      /** Plain-language remarks about what the list leaves out. */
      notes: z.array(z.string())
    })
  }
}

export type PastMeeting = z.infer<typeof pastMeetingSchema>

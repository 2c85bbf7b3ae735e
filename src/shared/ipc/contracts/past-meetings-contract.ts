import { z } from 'zod'

// The shapes of the meetings a host ran; the channels that use them are in meetings-contract.ts.

/** One time a meeting ran, from Zoom's reports or from the archive on this computer. */
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
  participants: z.number().nullable(),
  /** ISO time its attendance was archived here; null when it is not archived yet. */
  archivedAt: z.string().nullable(),
  /** ISO time Zoom stopped serving it (it stays in the archive); null while Zoom has it. */
  goneFromZoomSince: z.string().nullable()
})

export type PastMeeting = z.infer<typeof pastMeetingSchema>

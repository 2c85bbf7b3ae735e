import { z } from 'zod'
import { newMeetingSchema } from '../../admin/meeting-input'
import { daySchema as day } from './common'
import { jobIdSchema } from './jobs-contract'
import { createdMeetingSchema, creationQuotaSchema } from './meeting-create-contract'
import { meetingListItemSchema, meetingListTypes, occurrenceSchema } from './meetings-list-contract'
import { pastMeetingSchema } from './past-meetings-contract'

/**
 * Every `meetings:` request: scheduling one, the daily quota, a host's scheduled meetings
 * and their dates, and the meetings that ran. The shapes live beside it, one file per view.
 */
export const meetingsContract = {
  'meetings:create': { input: newMeetingSchema, output: createdMeetingSchema },
  'meetings:creation-quota': {
    input: z.object({ hostEmail: z.email().max(128).optional() }).strict(),
    output: creationQuotaSchema
  },
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
    output: z.object({ occurrences: z.array(occurrenceSchema) })
  },
  'meetings:list-past': {
    input: z
      .object({
        /** Host email or Zoom user id; the signed-in host when omitted. */
        userId: z.string().trim().min(1).max(254).optional(),
        /** Zoom's reports reach six months back; earlier days come from the archive. */
        from: day,
        /** Days after today are left out. */
        to: day,
        /** Only meetings whose topic contains this, ignoring case and accents. */
        topic: z.string().trim().max(200).optional(),
        /** Chosen by the window so it can follow progress and cancel. */
        jobId: jobIdSchema.optional()
      })
      .strict(),
    output: z.object({
      userId: z.string(),
      meetings: z.array(pastMeetingSchema),
      /** Plain-language remarks about what the list leaves out. */
      notes: z.array(z.string()),
      /** Zoom could not be reached: the list shows only what is archived on this computer. */
      offline: z.boolean()
    })
  }
}

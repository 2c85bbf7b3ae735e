import { z } from 'zod'
import { provenanceSchema } from './archive-contract'
import { appErrorSchema } from '../../app-error'
import { daySchema as day, exportOutcomeSchema, percentSchema as percent } from './common'
import { jobIdSchema } from './jobs-contract'

/** A row per person per session (long), or a row per person with a column per session. */
export const rollUpLayouts = ['long', 'matrix'] as const

/** Which sessions to combine: every session of one recurring meeting, or a host's meetings by topic. */
export const rollUpSelectionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('recurring'),
      meetingId: z
        .string()
        .trim()
        .regex(/^\d{9,12}$/, 'Use the meeting ID (digits only).'),
      from: day.optional(),
      to: day.optional()
    })
    .strict(),
  z
    .object({
      kind: z.literal('topic'),
      /** Host email or Zoom user id; the signed-in host when omitted. */
      userId: z.string().trim().min(1).max(254).optional(),
      from: day,
      to: day,
      topicContains: z.string().trim().max(200).optional()
    })
    .strict()
])

export const rollUpViewSchema = z.object({
  instances: z.array(
    z.object({
      uuid: z.string(),
      topic: z.string(),
      start: z.string().nullable(),
      attended: z.number().int(),
      /** Where this session's rows came from: the archive, or Zoom just now. */
      provenance: provenanceSchema
    })
  ),
  /** One row per person; `minutes` follows `instances` (0 = not there, null = unknown). */
  people: z.array(
    z.object({
      name: z.string(),
      email: z.string(),
      instancesAttended: z.number().int(),
      totalMinutes: z.number().nullable(),
      minutes: z.array(z.number().nullable())
    })
  ),
  /** Sessions that could not be fetched, named, with the reason; the rest are kept. */
  failures: z.array(z.object({ session: z.string(), error: appErrorSchema })),
  skipped: z.number().int(),
  cancelled: z.boolean(),
  stoppedBy: appErrorSchema.nullable(),
  /** Zoom could not be reached: only sessions archived on this computer are combined. */
  offline: z.boolean().optional(),
  /** Plain-language remarks about what the sessions cover (older than Zoom keeps, offline). */
  notes: z.array(z.string()).optional()
})

export const rollUpContract = {
  'rollup:load': {
    input: z
      .object({
        selection: rollUpSelectionSchema,
        thresholdPercent: percent.optional(),
        jobId: jobIdSchema.optional()
      })
      .strict(),
    output: rollUpViewSchema
  },
  'rollup:export-csv': {
    input: z
      .object({
        selection: rollUpSelectionSchema,
        thresholdPercent: percent,
        timeZone: z.string().max(64).nullable(),
        layout: z.enum(rollUpLayouts),
        /** Chosen by the window so it can follow progress and cancel. */
        jobId: jobIdSchema.optional()
      })
      .strict(),
    output: exportOutcomeSchema
  }
}

export type RollUpSelectionInput = z.infer<typeof rollUpSelectionSchema>
export type RollUpView = z.infer<typeof rollUpViewSchema>

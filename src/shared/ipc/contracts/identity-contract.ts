import { z } from 'zod'
import { reviewCandidateSchema } from './attendance-contract'
import { exportOutcomeSchema, percentSchema } from './common'

// The review queue and the identity book: the uncertain matches across the archive, and every
// decision made about who is who (kept per account, undoable).

/** A question in the queue, with the archived meetings it changes. */
export const reviewItemSchema = reviewCandidateSchema.extend({
  meetings: z.array(z.object({ uuid: z.string(), topic: z.string(), start: z.string().nullable() }))
})

export const reviewQueueSchema = z.object({
  items: z.array(reviewItemSchema),
  /** Open questions per meeting instance UUID, for the "Needs review" badges. */
  openByMeeting: z.record(z.string(), z.number().int().nonnegative()),
  /** Archived meeting instances looked at. */
  instances: z.number().int().nonnegative()
})

export const identityDecisionSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['accept', 'reject', 'merge', 'alias', 'split']),
  /** What was decided, in plain words. */
  summary: z.string(),
  reason: z.string(),
  linkKey: z.string(),
  alias: z.string(),
  email: z.string(),
  name: z.string(),
  personKey: z.string(),
  meetingUuid: z.string(),
  at: z.string(),
  /** When it was undone (or replaced by a later answer); null while it applies. */
  undoneAt: z.string().nullable(),
  undoneReason: z.string()
})

const reason = z.string().trim().max(500).optional()
const email = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'Enter an email address')

export const aliasImportSchema = z.object({
  /** False when the person closed the open dialog. */
  opened: z.boolean(),
  added: z.number().int().nonnegative(),
  /** Rows already in the book. */
  unchanged: z.number().int().nonnegative(),
  /** One plain sentence per row that was not added, with its line number. */
  problems: z.array(z.string())
})

export const identityContract = {
  'identity:review-queue': {
    input: z.object({ thresholdPercent: percentSchema.optional() }).strict(),
    output: reviewQueueSchema
  },
  'identity:answer': {
    input: z
      .object({
        key: z.string().min(2).max(4000),
        answer: z.enum(['accept', 'reject']),
        reason
      })
      .strict(),
    output: identityDecisionSchema
  },
  'identity:undo': {
    input: z.object({ id: z.number().int().positive(), reason }).strict(),
    output: z.object({ undone: z.boolean() })
  },
  'identity:add-alias': {
    input: z
      .object({
        email,
        alias: z.string().trim().min(1).max(254),
        name: z.string().max(254).optional(),
        reason
      })
      .strict(),
    output: identityDecisionSchema
  },
  'identity:decisions': {
    input: z
      .object({
        /** Only the decisions about this person: `e:<email>`, `u:<user id>`, `r:<registrant id>`. */
        personKey: z
          .string()
          .regex(/^[eur]:.+/)
          .max(300)
          .optional(),
        includeUndone: z.boolean().optional()
      })
      .strict(),
    output: z.array(identityDecisionSchema)
  },
  'identity:export-aliases': { input: z.undefined(), output: exportOutcomeSchema },
  'identity:import-aliases': { input: z.undefined(), output: aliasImportSchema }
}

export type ReviewItem = z.infer<typeof reviewItemSchema>
export type ReviewQueue = z.infer<typeof reviewQueueSchema>
export type IdentityDecisionView = z.infer<typeof identityDecisionSchema>
export type AliasImport = z.infer<typeof aliasImportSchema>

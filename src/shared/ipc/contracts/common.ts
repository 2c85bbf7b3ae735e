import { z } from 'zod'

// Pieces more than one domain's contract uses, defined once so they cannot drift apart.

/** A calendar day, as Zoom's report API takes it. */
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31.')

/** A whole percent from 0 to 100, such as the attendance threshold. */
export const percentSchema = z.number().int().min(0).max(100)

/** What a CSV export answers: whether a file was saved, its name, and how many rows it holds. */
export const exportOutcomeSchema = z.object({
  /** False when the person cancelled the save dialog. */
  saved: z.boolean(),
  fileName: z.string().nullable(),
  rows: z.number().int()
})

export type ExportOutcome = z.infer<typeof exportOutcomeSchema>

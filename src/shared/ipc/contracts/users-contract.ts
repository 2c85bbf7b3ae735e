import { z } from 'zod'
import { newUserSchema, createUserActions } from '../../admin/user-input'
import { exportOutcomeSchema } from './common'
import { jobIdSchema } from './jobs-contract'

/** A CSV file's text, read in the window; 1 MB is far more than any organisation's staff list. */
export const maxCsvChars = 1_000_000

export const userStatuses = ['active', 'inactive', 'pending'] as const

export const userRowSchema = z.object({
  /** Zoom has no id for a pending user until they accept the invitation. */
  id: z.string().nullable(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  type: z.number().int(),
  roleId: z.string().nullable(),
  status: z.enum(userStatuses),
  lastLoginTime: z.string().nullable(),
  createdAt: z.string().nullable(),
  timezone: z.string().nullable(),
  department: z.string()
})

export const userDetailSchema = userRowSchema.extend({
  roleName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  personalMeetingUrl: z.string().nullable(),
  verified: z.boolean().nullable()
})

export const bulkVerdicts = ['create', 'exists', 'duplicate', 'invalid'] as const
/** `not-sent`: the row was invalid, so it never went to Zoom (unlike `failed`, which Zoom refused). */
export const bulkOutcomes = ['created', 'skipped', 'failed', 'not-tried', 'not-sent'] as const

const bulkRowBase = z.object({
  /** The row's line in the file (the header is line 1). */
  line: z.number().int().positive(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  type: z.number().int().nullable(),
  /** Why, in plain words. */
  reason: z.string()
})

export const bulkPreviewRowSchema = bulkRowBase.extend({ verdict: z.enum(bulkVerdicts) })
export const bulkResultRowSchema = bulkRowBase.extend({ outcome: z.enum(bulkOutcomes) })

const csvText = z.string().max(maxCsvChars, 'The file is larger than 1 MB.')

export const usersContract = {
  'users:list': {
    input: z.object({ status: z.enum(userStatuses) }).strict(),
    output: z.object({ users: z.array(userRowSchema) })
  },
  'users:get': {
    input: z.object({ idOrEmail: z.string().trim().min(1).max(128) }).strict(),
    output: userDetailSchema
  },
  'users:create': {
    input: newUserSchema,
    output: z.object({
      email: z.string(),
      id: z.string().nullable(),
      status: z.enum(userStatuses),
      /** What happens next, e.g. "Zoom emailed an invitation…". */
      message: z.string()
    })
  },
  'users:bulk-preview': {
    input: z.object({ csvText }).strict(),
    output: z.object({
      rows: z.array(bulkPreviewRowSchema),
      counts: z.record(z.enum(bulkVerdicts), z.number().int().nonnegative()),
      /** The dry run in one sentence, e.g. "Nothing new to add: 3 already in Zoom." */
      summary: z.string()
    })
  },
  'users:bulk-create': {
    input: z
      .object({
        csvText,
        action: z.enum(createUserActions),
        /** Chosen by the window so it can follow progress and cancel. */
        jobId: jobIdSchema.optional()
      })
      .strict(),
    output: z.object({
      rows: z.array(bulkResultRowSchema),
      counts: z.record(z.enum(bulkOutcomes), z.number().int().nonnegative()),
      /** Set when the run ended early (cancelled, or a daily limit). */
      stoppedBecause: z.string().nullable(),
      /** What the run did in one sentence, e.g. "2 users added, 1 not sent (invalid)." */
      summary: z.string()
    })
  },
  /** Saves the last bulk run's outcome table (line, email, name, outcome, why) as CSV. */
  'users:export-bulk-result': { input: z.undefined(), output: exportOutcomeSchema },
  /** Saves an example file with the columns a bulk add reads, to fill in a spreadsheet. */
  'users:save-template': { input: z.undefined(), output: exportOutcomeSchema },
  /** The users with one status as CSV, the same columns as `headcount users`. */
  'users:export-csv': {
    input: z
      .object({
        status: z.enum(userStatuses),
        /** Only these users, in this order (what the list shows); all of them when left out. */
        emails: z.array(z.string().max(254)).max(20_000).optional()
      })
      .strict(),
    output: exportOutcomeSchema
  }
}

export type UserRow = z.infer<typeof userRowSchema>
export type UserDetail = z.infer<typeof userDetailSchema>
export type UserStatusName = (typeof userStatuses)[number]
export type BulkPreviewRow = z.infer<typeof bulkPreviewRowSchema>
export type BulkResultRow = z.infer<typeof bulkResultRowSchema>
export type BulkVerdict = (typeof bulkVerdicts)[number]
export type BulkOutcome = (typeof bulkOutcomes)[number]

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
/** `not-sent`: the row could not be sent to Zoom at all (an invalid email, say). */
export const bulkOutcomes = ['created', 'skipped', 'failed', 'not-sent', 'not-tried'] as const

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

/** The user CSVs the window can save: a status's list, a blank template, the last bulk run. */
export const usersExportSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('list'), status: z.enum(userStatuses) }).strict(),
  z.object({ kind: z.literal('template') }).strict(),
  z.object({ kind: z.literal('bulk-outcome') }).strict()
])

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
      counts: z.record(z.enum(bulkVerdicts), z.number().int().nonnegative())
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
      stoppedBecause: z.string().nullable()
    })
  },
  'users:export-csv': { input: usersExportSchema, output: exportOutcomeSchema }
}

export type UserRow = z.infer<typeof userRowSchema>
export type UserDetail = z.infer<typeof userDetailSchema>
export type UserStatusName = (typeof userStatuses)[number]
export type BulkPreviewRow = z.infer<typeof bulkPreviewRowSchema>
export type BulkResultRow = z.infer<typeof bulkResultRowSchema>
export type BulkVerdict = (typeof bulkVerdicts)[number]
export type BulkOutcome = (typeof bulkOutcomes)[number]

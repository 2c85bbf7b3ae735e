import { z } from 'zod'
import { appErrorSchema } from '../../app-error'
import { daySchema } from './common'
import { jobIdSchema } from './jobs-contract'

// The attendance archive: every ended meeting kept on this computer, synced from Zoom.

/** An instance the last sync could not archive, with why; the next sync tries it again. */
export const archiveFailureSchema = z.object({
  uuid: z.string(),
  meetingId: z.string(),
  topic: z.string().nullable(),
  /** ISO time the session started, when known. */
  start: z.string().nullable(),
  error: appErrorSchema,
  attempts: z.number().int().positive()
})

export const syncSummarySchema = z.object({
  /** Hosts whose meetings were walked. */
  hosts: z.number().int().nonnegative(),
  newInstances: z.number().int().nonnegative(),
  alreadyArchived: z.number().int().nonnegative(),
  /** Instances Zoom no longer serves (3001, 12702); they stay in the archive. */
  goneFromZoom: z.number().int().nonnegative(),
  failed: z.array(archiveFailureSchema),
  cancelled: z.boolean(),
  /** What ended the sync early (sign-in refused, daily limit), if anything. */
  stoppedBy: appErrorSchema.nullable(),
  /** ISO time. */
  finishedAt: z.string()
})

export const retentionSchema = z.discriminatedUnion('keep', [
  z.object({ keep: z.literal('forever') }).strict(),
  z.object({ keep: z.literal('months'), months: z.number().int().min(1).max(600) }).strict()
])

export const archiveSettingsSchema = z.object({
  /** Sync when Headcount opens and every `everyHours` while it stays open. */
  autoSync: z.boolean(),
  everyHours: z.number().int().min(1).max(168),
  retention: retentionSchema
})

export const archiveNoticeSchema = z.object({
  kind: z.enum(['damaged-set-aside', 'not-sqlite-set-aside', 'created', 'imported-cache']),
  message: z.string(),
  /** Where an old file was moved, when one was set aside. */
  setAsidePath: z.string().nullable()
})

export const archiveStatusSchema = z.object({
  /** The archive file, as the admin would find it on disk. */
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  notices: z.array(archiveNoticeSchema),
  /** The connected account's share of the archive; null when no account is connected. */
  account: z
    .object({
      instances: z.number().int().nonnegative(),
      participantRows: z.number().int().nonnegative(),
      /** ISO times of the oldest and newest archived sessions. */
      oldestStart: z.string().nullable(),
      newestStart: z.string().nullable()
    })
    .nullable(),
  lastSync: syncSummarySchema.nullable(),
  /** Instances still waiting to be archived after failing. */
  failures: z.array(archiveFailureSchema),
  /** A sync under way (also one started automatically), so the window can show and cancel it. */
  running: z.object({ jobId: jobIdSchema }).nullable(),
  settings: archiveSettingsSchema
})

export const archiveContract = {
  'archive:get-status': {
    input: z.undefined(),
    output: archiveStatusSchema
  },
  'archive:sync': {
    input: z
      .object({
        /** Chosen by the window so it can follow progress and cancel. */
        jobId: jobIdSchema.optional(),
        /** Host emails or Zoom user ids; every active user of the account when omitted. */
        hosts: z.array(z.string().trim().min(1).max(254)).max(500).optional(),
        /** Limits the walk; by default back to Zoom's six months or the last synced point. */
        from: daySchema.optional(),
        to: daySchema.optional()
      })
      .strict(),
    output: syncSummarySchema
  },
  'archive:update-settings': {
    input: archiveSettingsSchema.partial().strict(),
    output: archiveSettingsSchema
  },
  'archive:back-up': {
    // Main asks where to save; the page never names a path.
    input: z.undefined(),
    output: z.object({ saved: z.boolean(), fileName: z.string().nullable() })
  },
  'archive:restore': {
    // Main asks which file; the window has already asked the admin to confirm.
    input: z.object({ confirmed: z.literal(true) }).strict(),
    output: z.object({
      restored: z.boolean(),
      /** Where the archive that was replaced is kept. */
      previousKeptAt: z.string().nullable()
    })
  },
  'archive:forget-account': {
    input: z.object({ id: z.string().min(1).max(64), confirmed: z.literal(true) }).strict(),
    output: z.object({ forgotten: z.literal(true) })
  },
  'archive:dismiss-notices': {
    input: z.undefined(),
    output: z.object({ dismissed: z.literal(true) })
  }
}

export const archiveEvents = {
  /** Something changed what the archive holds: views that show archived data reload. */
  'archive:changed': z.object({
    reason: z.enum(['synced', 'restored', 'forgotten', 'pruned', 'imported', 'identity'])
  }),
  /** A sync began, by the window or automatically, so every screen can show its progress. */
  'archive:sync-started': z.object({ jobId: jobIdSchema, automatic: z.boolean() })
}

export type SyncSummary = z.infer<typeof syncSummarySchema>
export type ArchiveStatus = z.infer<typeof archiveStatusSchema>
export type ArchiveSettings = z.infer<typeof archiveSettingsSchema>
export type ArchiveFailure = z.infer<typeof archiveFailureSchema>

/** Where a view's data came from: the archive on this computer, or Zoom just now. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('archive'),
    /** ISO time the copy was stored. */
    archivedAt: z.string(),
    /** ISO time Zoom stopped serving it, when it has. */
    goneFromZoomSince: z.string().nullable()
  }),
  z.object({ kind: z.literal('live'), fetchedAt: z.string() })
])
export type Provenance = z.infer<typeof provenanceSchema>

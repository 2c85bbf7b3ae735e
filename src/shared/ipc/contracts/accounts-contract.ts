import { z } from 'zod'
import {
  clientSecretSchema,
  newProfileSchema,
  profilePatchSchema,
  zoomPlans
} from '../../settings/input-schemas'

const profileId = z.string().min(1).max(64)

const secretStatus = z.enum(['saved', 'session-only', 'needs-secret', 'missing'])

export const profileSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  accountId: z.string(),
  clientId: z.string(),
  plan: z.enum(zoomPlans),
  hostEmail: z.string().nullable(),
  createdAt: z.string(),
  isActive: z.boolean(),
  hasSecret: z.boolean(),
  secretStatus,
  secretBackend: z.string().nullable(),
  /** The saved-accounts line about this secret, e.g. "Secret kept only until Headcount closes". */
  secretLabel: z.string()
})

const plainNotice = z.object({ message: z.string(), remedy: z.string() })

export const encryptionStatusSchema = z.object({
  backend: z.string(),
  strength: z.enum(['strong', 'weak', 'none']),
  allowWeakSecretStorage: z.boolean(),
  /** Whether a secret entered now would be saved to disk. */
  persists: z.boolean(),
  /**
   * What the window says about secret storage, derived from the same state as the save
   * outcome and each account's secretLabel, so the three never contradict each other.
   */
  wording: z.object({
    /** Under the Client secret field. */
    fieldHint: z.string(),
    /** Above the form when secrets are not saved (or only with basic protection). */
    notice: plainNotice.nullable()
  })
})

/** What saving a secret did, in words the admin can act on. Never the secret itself. */
export const secretOutcomeSchema = z.object({
  persisted: z.boolean(),
  message: z.string(),
  remedy: z.string().optional()
})

export const connectionSchema = z.object({
  mode: z.enum(['none', 'demo', 'profile']),
  profileId: z.string().nullable(),
  /** The account's display name, or "Demo organisation". */
  label: z.string().nullable(),
  /** The Zoom user the admin acts as; meetings views default to this host. */
  hostEmail: z.string().nullable(),
  /** A switch the admin may not expect (leaving the demo for a saved account), until the next one. */
  notice: z.string().nullable()
})

export const featureCheckSchema = z.object({
  id: z.enum([
    'users',
    'meetings',
    'attendance',
    'registrants',
    'reports',
    'create-user',
    'create-meeting',
    'webinars',
    'webinar-reports'
  ]),
  label: z.string(),
  allowed: z.boolean(),
  /** Scopes to add in the Zoom App Marketplace for this feature to work. */
  missingScopes: z.array(z.string()),
  /** Zoom said this needs a paid (Pro or higher) plan. */
  needsPaidPlan: z.boolean()
})

export const accountsStateSchema = z.object({
  profiles: z.array(profileSummarySchema),
  encryption: encryptionStatusSchema,
  connection: connectionSchema,
  /** Shown once when the settings file had to be set aside. */
  notice: plainNotice.nullable()
})

const saveResult = z.object({
  profile: profileSummarySchema,
  secret: secretOutcomeSchema.nullable()
})

export const accountsContract = {
  'accounts:get-state': { input: z.undefined(), output: accountsStateSchema },
  'accounts:create': { input: newProfileSchema.strict(), output: saveResult },
  'accounts:update': {
    input: z.object({ id: profileId, patch: profilePatchSchema.strict() }).strict(),
    output: saveResult
  },
  'accounts:set-secret': {
    input: z.object({ id: profileId, clientSecret: clientSecretSchema }).strict(),
    output: secretOutcomeSchema
  },
  'accounts:connect': { input: z.object({ id: profileId }).strict(), output: connectionSchema },
  'accounts:test-connection': {
    input: z.undefined(),
    output: z.object({ features: z.array(featureCheckSchema) })
  },
  'accounts:sign-in-host': {
    input: z.object({ email: z.email().max(254) }).strict(),
    output: connectionSchema
  },
  'accounts:sign-out': { input: z.undefined(), output: connectionSchema },
  'accounts:forget': {
    // The window asks first; main insists the request says so too.
    input: z
      .object({
        id: profileId,
        confirmed: z.literal(true),
        /** Keep this account's archived attendance on this computer (the default) or delete it. */
        keepArchive: z.boolean().optional()
      })
      .strict(),
    output: accountsStateSchema
  },
  'accounts:allow-weak-storage': {
    input: z.object({ allow: z.boolean() }).strict(),
    output: encryptionStatusSchema
  },
  'accounts:dismiss-notice': {
    input: z.undefined(),
    output: z.object({ dismissed: z.literal(true) })
  }
}

export type ProfileSummaryView = z.infer<typeof profileSummarySchema>
export type Connection = z.infer<typeof connectionSchema>
export type FeatureCheck = z.infer<typeof featureCheckSchema>
export type AccountsState = z.infer<typeof accountsStateSchema>
export type SecretOutcome = z.infer<typeof secretOutcomeSchema>

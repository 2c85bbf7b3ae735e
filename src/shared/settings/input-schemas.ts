import { z } from 'zod'
import { AppFailure } from '../app-error'

/**
 * Shapes of what an admin types (profile form, export defaults). Shared so the window checks
 * fields before any network call with exactly the rules main enforces.
 */
export const zoomPlans = ['free', 'pro', 'business'] as const
export type ZoomPlan = (typeof zoomPlans)[number]

export const exportLayouts = ['one-row-per-person', 'one-row-per-session'] as const
export type ExportLayout = (typeof exportLayouts)[number]

/** Zoom IDs are letters, digits, '-' and '_'; pasted values often carry spaces. */
function zoomId(label: string): z.ZodString {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(128, `${label} is too long; check that you pasted only the ${label}.`)
    .regex(/^[A-Za-z0-9_-]+$/, `${label} may contain only letters, digits, '-' and '_'.`)
}

export const clientSecretSchema = z
  .string({ error: 'Client secret is required.' })
  .trim()
  .min(1, 'Client secret is required.')
  .max(256, 'Client secret is too long; check that you pasted only the secret.')
  .regex(/^\S+$/, 'Client secret must not contain spaces.')

const profileFields = {
  name: z
    .string({ error: 'Name is required.' })
    .trim()
    .min(1, 'Name is required.')
    .max(80, 'Name must be at most 80 characters.'),
  accountId: zoomId('Account ID'),
  clientId: zoomId('Client ID'),
  plan: z.enum(zoomPlans, { error: 'Plan must be Free, Pro or Business.' }),
  hostEmail: z
    .email({ error: 'Host email must be an email address, like name@example.org.' })
    .max(254)
    .nullable()
}

export const newProfileSchema = z.object({
  ...profileFields,
  hostEmail: profileFields.hostEmail.optional(),
  clientSecret: clientSecretSchema.optional()
})
export type NewProfileInput = z.infer<typeof newProfileSchema>

export const profilePatchSchema = z
  .object({ ...profileFields, clientSecret: clientSecretSchema })
  .partial()
export type ProfilePatch = z.infer<typeof profilePatchSchema>

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

export const exportDefaultsPatchSchema = z
  .object({
    attendanceThreshold: z
      .number({ error: 'Attendance threshold must be a number.' })
      .int('Attendance threshold must be a whole number.')
      .min(0, 'Attendance threshold must be between 0 and 100.')
      .max(100, 'Attendance threshold must be between 0 and 100.'),
    timeZone: z
      .string()
      .trim()
      .refine(isTimeZone, 'Time zone must be a name like America/New_York.')
      .nullable(),
    layout: z.enum(exportLayouts, { error: 'Choose one row per person or one row per session.' })
  })
  .partial()
export type ExportDefaultsPatch = z.infer<typeof exportDefaultsPatchSchema>

/** Parse untrusted input (IPC, CLI); errors list fields but never echo the values. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  // One message per field: the first rule it broke is the one worth fixing first.
  const byField = new Map<string, string>()
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || '(input)'
    if (!byField.has(field)) byField.set(field, issue.message)
  }
  const fields = [...byField].map(([field, message]) => ({ field, message }))
  throw new AppFailure({
    code: 'invalid-input',
    message: fields.length === 1 ? fields[0].message : 'Some values need fixing.',
    remedy: 'Fix the highlighted fields and try again.',
    details: { fields }
  })
}

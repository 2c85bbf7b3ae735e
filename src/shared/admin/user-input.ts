import { z } from 'zod'

/**
 * What an admin types to add a Zoom user. Shared so the window checks each field with exactly
 * the rules main enforces before anything reaches Zoom.
 */
export const createUserActions = ['create', 'custCreate', 'autoCreate', 'ssoCreate'] as const
export type CreateUserAction = (typeof createUserActions)[number]

/** Zoom's user types Headcount offers: 1 Basic (free), 2 Licensed (uses a paid seat). */
export const userTypes = [1, 2] as const
export type UserTypeNumber = (typeof userTypes)[number]

export function userTypeLabel(type: number): string {
  if (type === 1) return 'Basic'
  if (type === 2) return 'Licensed'
  if (type === 3) return 'On-premises'
  if (type === 99) return 'None (single sign-on)'
  return `Type ${type}`
}

export const userEmailSchema = z
  .string({ error: 'Email is required.' })
  .trim()
  .min(1, 'Email is required.')
  .max(128, 'Zoom accepts emails of at most 128 characters.')
  .pipe(z.email({ error: 'Enter an email address, like name@example.org.' }))

function nameField(label: string): z.ZodString {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(64, `${label} must be at most 64 characters.`)
}

export const userNameFields = {
  firstName: nameField('First name'),
  lastName: nameField('Last name')
}

export const userTypeSchema = z.union([z.literal(1), z.literal(2)], {
  error: 'Choose Basic or Licensed.'
})

export const newUserSchema = z
  .object({
    action: z.enum(createUserActions, { error: 'Choose how to add the user.' }),
    type: userTypeSchema,
    ...userNameFields,
    email: userEmailSchema
  })
  .strict()
export type NewUserInput = z.infer<typeof newUserSchema>

/** Reads a type cell from a CSV file: "Basic", "licensed", "1", "2"; empty means Basic. */
export function parseUserTypeText(text: string): UserTypeNumber | null {
  const value = text.trim().toLowerCase()
  if (value === '' || value === '1' || value === 'basic') return 1
  if (value === '2' || value === 'licensed' || value === 'licenced' || value === 'pro') return 2
  return null
}

/** One row of a bulk-add file, after the header is matched; cells are raw text. */
export const csvUserRowSchema = z.object({
  email: userEmailSchema,
  ...userNameFields,
  type: z.string().transform((text, ctx) => {
    const type = parseUserTypeText(text)
    if (type === null) {
      ctx.addIssue({ code: 'custom', message: 'Type must be Basic or Licensed (or 1 or 2).' })
      return z.NEVER
    }
    return type
  })
})

/** Field errors keyed by field name, first message each: what a form shows under its inputs. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    errors[key] ??= issue.message
  }
  return errors
}

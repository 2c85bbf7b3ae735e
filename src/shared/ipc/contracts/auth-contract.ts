import { z } from 'zod'

/** Told to every open view when Zoom stops accepting Headcount's sign-in mid-work. */
export const authEvents = {
  'auth:expired': z.object({ message: z.string(), remedy: z.string() })
}

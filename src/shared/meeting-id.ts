import { z } from 'zod'

/**
 * Zoom shows meeting IDs in groups ("827 7061 4280", sometimes with dashes). Anywhere an ID is
 * asked for, the grouping is dropped before the ID is checked, so a pasted ID just works.
 */
export function normalizeMeetingId(text: string): string {
  return text.replace(/[\s-]+/g, '')
}

export const meetingIdMessage = 'Enter the meeting ID: 9 to 12 digits, as shown in Zoom.'

/** A numeric meeting ID, with Zoom's spaces or dashes allowed. */
export const meetingIdSchema = z
  .string()
  .transform(normalizeMeetingId)
  .pipe(z.string().regex(/^\d{9,12}$/, meetingIdMessage))

/** A meeting ID (grouped or not) or an instance UUID, which has no spaces or dashes to drop. */
export function normalizeMeetingRef(text: string): string {
  const trimmed = text.trim()
  return /^[\d\s-]+$/.test(trimmed) ? normalizeMeetingId(trimmed) : trimmed
}

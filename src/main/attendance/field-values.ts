/** Small, total readers for Zoom fields: they never throw, they return '' or null instead. */

/** Trimmed text, or '' for anything that is not a non-empty string or a number. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

/** Emails compare trimmed and lowercased; Zoom hides guest emails as ''. */
export function normalizeEmail(value: unknown): string {
  return text(value).toLowerCase()
}

/** Display names compare trimmed, with runs of spaces collapsed, case-folded. */
export function normalizeName(value: unknown): string {
  return collapseSpaces(text(value)).toLowerCase()
}

export function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

// Only absolute ISO 8601 times: a zone-less or free-form string ("12/22/2021 16:20") would be
// read in this computer's zone, which would silently shift the result.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/** Milliseconds since the epoch, or null when the value is missing or not an absolute time. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  if (!isoInstant.test(trimmed)) return null
  const ms = Date.parse(trimmed)
  return Number.isFinite(ms) ? ms : null
}

/** A non-negative count (seconds, minutes) from a number or numeric string, else null. */
export function nonNegativeNumber(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null
}

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

// Every code unit below U+0300 is already in NFC (no combining marks, no singletons), so most
// names skip String#normalize, which is slow per row.
const mayNeedNfc = /[\u0300-\uffff]/
const nonAsciiText = /[^ -~\t\n\r]/ // anything but printable ASCII and ordinary whitespace
const needsWork = /\s{2,}|[^\S ]|[\u0300-\uffff]/

/**
 * A display name as shown: trimmed, runs of spaces collapsed, in NFC, so "José Núñez" typed
 * precomposed or with combining accents is written (and sorted) one way.
 */
export function displayName(value: unknown): string {
  const name = text(value)
  // One test for the usual clean ASCII name; the rest take the slower steps.
  if (!needsWork.test(name)) return name
  const collapsed = collapseSpaces(name)
  return mayNeedNfc.test(collapsed) ? collapsed.normalize('NFC') : collapsed
}

/**
 * Display names compare in one form: NFC, then case-folded, spaces collapsed. Upper- then
 * lower-casing folds what lower-casing alone keeps apart (ß and ss, ς and σ); NFC again, since
 * case mapping can leave combining marks.
 */
export function normalizeName(value: unknown): string {
  return foldName(displayName(value))
}

/** normalizeName for a name already in displayName form. */
export function foldName(name: string): string {
  if (!nonAsciiText.test(name)) return name.toLowerCase()
  const folded = name.toUpperCase().toLowerCase()
  return mayNeedNfc.test(folded) ? folded.normalize('NFC') : folded
}

const spaceRun = /\s{2,}|[^\S ]/

export function collapseSpaces(value: string): string {
  // Most names are already clean; testing first avoids building a new string per row.
  return spaceRun.test(value) ? value.replace(/\s+/g, ' ').trim() : value.trim()
}

// Only absolute ISO 8601 times: a zone-less or free-form string ("12/22/2021 16:20") would be
// read in this computer's zone, which would silently shift the result.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/** Milliseconds since the epoch, or null when the value is missing or not an absolute time. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const fast = parseZuluSeconds(value)
  if (fast !== null) return fast
  const trimmed = value.trim()
  if (!isoInstant.test(trimmed)) return null
  const ms = Date.parse(trimmed)
  return Number.isFinite(ms) ? ms : null
}

/**
 * Zoom's usual `2026-10-05T17:00:00Z`, read digit by digit: ~10x faster than Date.parse, which
 * matters at 200,000 times per 100,000 rows. Anything else returns null for the general path.
 */
function parseZuluSeconds(value: string): number | null {
  if (value.length !== 20 || value.charCodeAt(19) !== 90 /* Z */) return null
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || value.charCodeAt(10) !== 84) {
    return null
  }
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return null
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 2)
  const day = digits(value, 8, 2)
  const hour = digits(value, 11, 2)
  const minute = digits(value, 14, 2)
  const second = digits(value, 17, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return null
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null
  // Date.UTC would roll Feb 30 over into March; such a date is not real.
  if (day > daysInMonth(year, month)) return null
  return daysSinceEpoch(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000
}

/** Days from 1970-01-01 to a proleptic Gregorian date (the well-known civil-from-days inverse). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : monthDays[month - 1]
}

function digits(value: string, start: number, count: number): number {
  let result = 0
  for (let i = start; i < start + count; i++) {
    const code = value.charCodeAt(i) - 48
    if (code < 0 || code > 9) return -1
    result = result * 10 + code
  }
  return result
}

/** `2026-10-05T17:00:00Z` (milliseconds only when there are some); '' when unknown. */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) return ''
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

/** A non-negative count (seconds, minutes) from a number or numeric string, else null. */
export function nonNegativeNumber(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null
}

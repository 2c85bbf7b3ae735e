import { AppFailure } from '../../shared/app-error'

export interface TimeFormatter {
  /** `UTC` or the IANA zone name, for column headers such as `First Join (UTC)`. */
  zoneLabel: string
  /** ISO 8601 without milliseconds: `2026-10-05T17:00:00Z` or `2026-10-05T10:00:00-07:00`. */
  format(ms: number | null | undefined): string
}

const utcFormatter: TimeFormatter = { zoneLabel: 'UTC', format: formatUtc }

/**
 * A formatter for UTC (no zone, or `UTC`) or for an IANA zone. UTC skips Intl entirely; a zone
 * looks its offset up once per minute of time and caches it, because Intl is slow per call.
 */
export function createTimeFormatter(timeZone?: string | null): TimeFormatter {
  const zone = (timeZone ?? '').trim()
  if (zone === '' || zone.toUpperCase() === 'UTC') return utcFormatter
  const offsetAt = zoneOffsetLookup(zone)
  return {
    zoneLabel: zone,
    format(ms) {
      if (ms === null || ms === undefined || !Number.isFinite(ms)) return ''
      const offsetMinutes = offsetAt(ms)
      return wallClock(ms + offsetMinutes * 60_000) + offsetText(offsetMinutes)
    }
  }
}

const utcCache = new Map<number, string>()

export function formatUtc(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return ''
  // Cached whole: the same instant is then the same string, which the CSV writer compares fast.
  const second = Math.floor(ms / 1000)
  let text = utcCache.get(second)
  if (text === undefined) {
    text = wallClock(ms) + 'Z'
    if (utcCache.size >= 50_000) utcCache.clear()
    utcCache.set(second, text)
  }
  return text
}

// Exports repeat the same few thousand instants (meeting start, joins on the same second), and
// building the text is the costly part of a 100,000-row export.
const wallClockCache = new Map<number, string>()

/** `yyyy-mm-ddThh:mm:ss` of an instant read as UTC. */
function wallClock(ms: number): string {
  const second = Math.floor(ms / 1000)
  let text = wallClockCache.get(second)
  if (text === undefined) {
    text = new Date(second * 1000).toISOString().slice(0, 19)
    if (wallClockCache.size >= 50_000) wallClockCache.clear()
    wallClockCache.set(second, text)
  }
  return text
}

const offsetTexts = new Map<number, string>()

function offsetText(minutes: number): string {
  const cached = offsetTexts.get(minutes)
  if (cached !== undefined) return cached
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  const text = `${sign}${hh}:${mm}`
  offsetTexts.set(minutes, text)
  return text
}

function zoneOffsetLookup(zone: string): (ms: number) => number {
  let parts: Intl.DateTimeFormat
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short'
    })
  } catch {
    throw new AppFailure({
      code: 'invalid-input',
      message: `"${zone}" is not a time zone Headcount knows.`,
      remedy:
        'Use a time zone name such as America/New_York or Europe/Berlin, or leave it empty for UTC.'
    })
  }
  // Zone offsets change on whole minutes, so one lookup per minute of time is exact.
  const cache = new Map<number, number>()
  return (ms) => {
    const minute = Math.floor(ms / 60_000)
    let offset = cache.get(minute)
    if (offset === undefined) {
      offset = computeOffsetMinutes(parts, minute * 60_000)
      if (cache.size > 100_000) cache.clear()
      cache.set(minute, offset)
    }
    return offset
  }
}

function computeOffsetMinutes(formatter: Intl.DateTimeFormat, ms: number): number {
  const fields: Record<string, number> = {}
  let bc = false
  for (const part of formatter.formatToParts(ms)) {
    if (part.type === 'era') bc = part.value.startsWith('B')
    else if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  const year = bc ? 1 - fields.year : fields.year
  const wall = Date.UTC(
    year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second
  )
  return Math.round((wall - ms) / 60_000)
}

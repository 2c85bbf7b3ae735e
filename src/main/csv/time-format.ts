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
      const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19)
      return local + offsetText(offsetMinutes)
    }
  }
}

export function formatUtc(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return ''
  return new Date(ms).toISOString().slice(0, 19) + 'Z'
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${sign}${hh}:${mm}`
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

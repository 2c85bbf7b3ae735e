import { DateTime } from 'luxon'

/** The local start the admin chose, and whether the clock skips that time (DST gap). */
export interface LocalStart {
  at: DateTime
  /** True when that clock time does not exist that day; `at` is the time clocks jump to. */
  shifted: boolean
}

export function localStart(date: string, time: string, zone: string): LocalStart | null {
  const at = DateTime.fromISO(`${date}T${time}`, { zone })
  if (!at.isValid) return null
  return { at, shifted: at.toFormat('HH:mm') !== time }
}

/**
 * Zoom's `start_time` as local wall-clock time with no offset and no `Z`: sent together with
 * `timezone`, Zoom reads it in that zone. (A trailing Z would silently mean UTC.)
 */
export function zoomLocalStartTime(at: DateTime): string {
  return at.toFormat("yyyy-MM-dd'T'HH:mm:ss")
}

/** Zoom wants a recurrence's last date as a UTC instant: the end of that day in the zone. */
export function zoomEndDateTime(date: string, zone: string): string {
  return DateTime.fromISO(date, { zone }).endOf('day').toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'")
}

/** e.g. "Tue 3 Mar 2026, 18:30 (America/New_York)". */
export function describeInZone(at: DateTime, zone: string): string {
  const local = at.setZone(zone)
  if (!local.isValid) return ''
  return `${local.toFormat('ccc d LLL yyyy, HH:mm')} (${zone === 'UTC' ? 'UTC' : zone})`
}

/** The computer's own zone, falling back to UTC when the system does not say. */
export function systemTimeZone(): string {
  return DateTime.local().zoneName ?? 'UTC'
}

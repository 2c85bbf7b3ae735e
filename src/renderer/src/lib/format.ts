/**
 * Dates and times as the window shows them: in the one display zone (the computer's unless the
 * admin picked another; the same zone exports use), each time with its zone beside it. Inputs
 * are Zoom's UTC ISO text or epoch ms.
 */
export const computerZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

let displayZone = computerZone
const formats = new Map<string, Intl.DateTimeFormat>()

/** Set by the display settings store; every time shown afterwards uses this zone. */
export function setDisplayZone(zone: string): void {
  displayZone = zone
}

export function currentDisplayZone(): string {
  return displayZone
}

type Style = 'dateTime' | 'date' | 'time' | 'clock' | 'day' | 'zone'

const styles: Record<Style, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  time: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  clock: { hour: 'numeric', minute: '2-digit' },
  day: { month: 'short', day: 'numeric' },
  zone: { timeZoneName: 'short' }
}

function formatter(style: Style): Intl.DateTimeFormat {
  const key = `${style}|${displayZone}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { ...styles[style], timeZone: displayZone })
    formats.set(key, format)
  }
  return format
}

function dateOf(at: string | number | null): Date | null {
  if (at === null || at === '') return null
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The zone's short name at that moment, such as "BST" or "GMT+2". */
export function zoneAbbreviation(at: string | number | Date = Date.now()): string {
  const date = at instanceof Date ? at : (dateOf(at) ?? new Date())
  return (
    formatter('zone')
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? ''
  )
}

/** "Oct 5, 2026, 5:00 PM BST": dateStyle and timeZoneName do not combine in Intl. */
export function formatDateTime(at: string | number | null, none = '—'): string {
  const date = dateOf(at)
  return date ? `${formatter('dateTime').format(date)} ${zoneAbbreviation(date)}` : none
}

/** "5:00 PM BST". */
export function formatTime(at: string | number | null, none = '—'): string {
  const date = dateOf(at)
  return date ? formatter('time').format(date) : none
}

/** "5:00 PM" with no zone: for chart labels, whose zone the axis names once. */
export function formatClock(at: string | number | null, none = '—'): string {
  const date = dateOf(at)
  return date ? formatter('clock').format(date) : none
}

/** A short day such as "Oct 5", for chart and column labels (the zone is said nearby). */
export function formatDay(at: string | number | null, none = '?'): string {
  const date = dateOf(at)
  return date ? formatter('day').format(date) : none
}

/** "Times in Europe/London (BST)": said once under a chart or a table of times. */
export function zoneSentence(at?: string | number | null): string {
  const zone = displayZone === 'UTC' ? 'UTC' : displayZone.replace(/_/g, ' ')
  const abbreviation = zoneAbbreviation(at ?? Date.now())
  return abbreviation && abbreviation !== zone ? `${zone} (${abbreviation})` : zone
}

/** A date without the time, such as "3 Nov 2026", for ranges and "since" lines. */
export function formatDate(at: string | number | null, none = '—'): string {
  const date = dateOf(at)
  return date ? formatter('date').format(date) : none
}

/** "about 40 s left" or "about 3 min left", from a job's estimate; empty when there is none. */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null) return ''
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`
  return `about ${Math.round(seconds / 60)} min left`
}

/** A file size as people read it: "820 KB", "14.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}

export function formatMinutes(minutes: number | null): string {
  return minutes === null ? '—' : `${minutes.toFixed(1)} min`
}

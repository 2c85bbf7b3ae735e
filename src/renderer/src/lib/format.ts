/** Dates and times as the admin's computer shows them. Inputs are Zoom's UTC ISO text or epoch ms. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
const dayOnly = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

function show(format: Intl.DateTimeFormat, at: string | number | null, none: string): string {
  if (at === null || at === '') return none
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? none : format.format(date)
}

export function formatDateTime(at: string | number | null, none = '—'): string {
  return show(dateTime, at, none)
}

export function formatTime(at: string | number | null, none = '—'): string {
  return show(timeOnly, at, none)
}

/** A short day such as "Oct 5", for chart and column labels. */
export function formatDay(at: string | number | null, none = '?'): string {
  return show(dayOnly, at, none)
}

/** A date without the time, such as "3 Nov 2026", for ranges and "since" lines. */
export function formatDate(at: string | number | null, none = '—'): string {
  return show(dateOnly, at, none)
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

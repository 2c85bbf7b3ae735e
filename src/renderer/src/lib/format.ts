/** Dates and times as the admin's computer shows them. Inputs are Zoom's UTC ISO text or epoch ms. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
const dayOnly = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })

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

export function formatMinutes(minutes: number | null): string {
  return minutes === null ? '—' : `${minutes.toFixed(1)} min`
}

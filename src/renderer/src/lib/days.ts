/** The calendar day (yyyy-mm-dd, UTC) a number of days before today, for date-range defaults. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
}

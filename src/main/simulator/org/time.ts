export const minuteMs = 60_000
export const hourMs = 3_600_000
export const dayMs = 86_400_000

/** Zoom timestamps: UTC, no milliseconds, e.g. 2022-03-23T06:58:09Z. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / dayMs) * dayMs
}

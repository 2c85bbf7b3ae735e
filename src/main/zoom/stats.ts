import type { RateCategory } from './rate-categories'

/** Counters for the benchmark, the CLI's summary and tests. */
export interface ClientStats {
  requests: number
  tokenRequests: number
  responses429: number
  retries: number
  byCategory: Record<RateCategory, number>
}

export function emptyStats(): ClientStats {
  return {
    requests: 0,
    tokenRequests: 0,
    responses429: 0,
    retries: 0,
    byCategory: { Light: 0, Medium: 0, Heavy: 0, 'Resource-intensive': 0 }
  }
}

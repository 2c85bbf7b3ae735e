/** The occurrence_id / show_previous_occurrences query of GET /meetings/{id} and /webinars/{id}. */
import type { SimOccurrence } from '../org/types'
import type { ZoomHttpError } from '../server/errors'
import { upcomingOccurrences, type Schedule } from '../wire/meetings'

export interface AskedOccurrences {
  /** Occurrences to list: all of them when asked, otherwise those not over yet. */
  occurrences: SimOccurrence[]
  /** The one occurrence named by occurrence_id. */
  occurrence?: SimOccurrence
}

export function askedOccurrences(
  schedule: Schedule,
  query: Record<string, string | undefined>,
  now: number,
  notFound: () => ZoomHttpError
): AskedOccurrences {
  const occurrence = query.occurrence_id
    ? schedule.occurrences.find((o) => o.occurrenceId === query.occurrence_id)
    : undefined
  if (query.occurrence_id && !occurrence) throw notFound()
  const occurrences =
    query.show_previous_occurrences === 'true'
      ? schedule.occurrences
      : upcomingOccurrences(schedule, now)
  return { occurrences, ...(occurrence ? { occurrence } : {}) }
}

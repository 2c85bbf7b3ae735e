import type { AccountSession } from '../../accounts/account-session'
import type { Handlers } from '../router'

/** The upcoming dates of a recurring meeting, for the Meetings view to expand it. */
export function createOccurrencesHandlers(
  session: AccountSession
): Pick<Handlers, 'meetings:occurrences'> {
  return {
    'meetings:occurrences': async ({ meetingId }) => {
      const { client } = session.requireClient()
      const meeting = await client.getMeeting(meetingId)
      return {
        occurrences: (meeting.occurrences ?? [])
          .filter((o) => typeof o.occurrence_id === 'string' && o.status !== 'deleted')
          .map((o) => ({
            occurrenceId: o.occurrence_id as string,
            startTime: o.start_time ?? null,
            durationMinutes: typeof o.duration === 'number' ? o.duration : null
          }))
      }
    }
  }
}

import type { PastMeetingsService } from '../../attendance/use-cases/past-meetings-service'
import type { MeetingCreateService } from '../../scheduling/create-meeting-service'
import type { ScheduledMeetingsService } from '../../scheduling/scheduled-meetings-service'
import type { DomainHandlers } from '../router'

/** Scheduling meetings and the daily quota, scheduled lists, and the meetings that ran. */
export function createMeetingsHandlers(deps: {
  creating: MeetingCreateService
  scheduled: ScheduledMeetingsService
  past: PastMeetingsService
}): DomainHandlers<'meetings'> {
  const { creating, scheduled, past } = deps
  return {
    'meetings:create': (input) => creating.create(input),
    'meetings:creation-quota': async ({ hostEmail }) => creating.quota(hostEmail),
    'meetings:list': async ({ userId, type }) => ({
      meetings: await scheduled.list(userId, type)
    }),
    'meetings:occurrences': async ({ meetingId }) => ({
      occurrences: await scheduled.occurrences(meetingId)
    }),
    'meetings:links': ({ meetingId }) => scheduled.links(meetingId),
    'meetings:list-past': (input) => past.list(input)
  }
}

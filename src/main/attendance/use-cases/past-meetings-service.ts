import { AppFailure } from '../../../shared/app-error'
import type { InvokeOutput } from '../../../shared/ipc/contract'
import type { PastMeeting } from '../../../shared/ipc/contracts/past-meetings-contract'
import { accountArchive, listHostInstances, type ListedInstance } from '../fetch'
import type { AttendanceUseCaseDeps } from './use-case-deps'

/** What a list of past meetings cannot show, said once under the list. */
const notes = [
  'Zoom’s reports leave out meetings where only one person joined.',
  'A meeting appears here up to 30 minutes after it ends, once Zoom has prepared its report.'
]

/**
 * The meetings a host ran between two days, newest first, to pick one for its attendance:
 * Zoom's report for the last six months merged with everything archived on this computer
 * (older meetings too). With Zoom unreachable, the archived ones, marked offline.
 */
export interface PastMeetingsService {
  list(options: {
    userId?: string
    from: string
    to: string
    topic?: string
    jobId?: string
  }): Promise<InvokeOutput<'meetings:list-past'>>
}

export function createPastMeetingsService(
  deps: Pick<AttendanceUseCaseDeps, 'connected' | 'jobs' | 'archive' | 'now'>
): PastMeetingsService {
  return {
    async list({ userId, from, to, topic, jobId }) {
      const { client, hostEmail, accountKey } = deps.connected()
      const host = userId ?? hostEmail
      if (!host) {
        throw new AppFailure({
          code: 'invalid-input',
          message: 'Choose whose meetings to show first.',
          remedy: 'Enter a host email above, or sign in as a host on the Accounts screen.'
        })
      }
      const archive = await deps.archive()
      // A long range is many calls (one month each): a job the window can follow and stop.
      const listed = await deps.jobs.run(
        'Listing past meetings',
        jobId,
        (job) =>
          listHostInstances(
            client,
            { host, from, to, topic },
            {
              signal: job.signal,
              now: deps.now,
              archive: archive ? accountArchive(archive, accountKey) : undefined,
              onProgress: (done, total) => job.progress(done, total)
            }
          ),
        { account: accountKey }
      )
      return {
        userId: host,
        meetings: listed.instances.map(toPastMeeting).reverse(),
        notes: [...listed.notes, ...notes],
        offline: listed.offline
      }
    }
  }
}

const isoOf = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString()

/** One listed instance in the window's shape. */
function toPastMeeting(item: ListedInstance): PastMeeting {
  return {
    id: item.meetingId,
    uuid: item.uuid,
    topic: item.topic || '(no topic)',
    type: item.type ?? 2,
    startTime: item.startTime,
    endTime: item.endTime,
    durationMinutes: item.durationMinutes,
    participants: item.participants,
    archivedAt: isoOf(item.archived?.archivedAtMs ?? null),
    goneFromZoomSince: isoOf(item.archived?.goneSinceMs ?? null)
  }
}

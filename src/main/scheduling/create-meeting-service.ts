import { DateTime } from 'luxon'
import { AppFailure, isAppFailure } from '../../shared/app-error'
import type { NewMeetingInput } from '../../shared/admin/meeting-input'
import { localStart } from '../../shared/admin/meeting-time'
import type {
  CreatedMeetingView,
  CreationQuota
} from '../../shared/ipc/contracts/meeting-create-contract'
import type { ConnectedClient } from '../accounts/account-connection'
import type { CreatedMeeting } from '../zoom'
import { translateCreateMeetingError } from './create-meeting-errors'
import type { CreationQuotaCounter } from './creation-quota'
import { buildMeetingBody } from './meeting-body'

/** Zoom's start link works for about 2 hours after it is issued. */
const startLinkLifetimeMs = 2 * 60 * 60 * 1000

export interface MeetingCreateService {
  create(input: NewMeetingInput): Promise<CreatedMeetingView>
  quota(hostEmail?: string): CreationQuota
}

function noHost(): AppFailure {
  return new AppFailure({
    code: 'invalid-input',
    message: 'No host is chosen yet.',
    remedy: 'Pick a host from the list, or sign in as a host under Accounts.'
  })
}

function toView(
  created: CreatedMeeting,
  input: NewMeetingInput,
  now: Date,
  quota: CreationQuota
): CreatedMeetingView {
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value !== '' ? value : null
  return {
    id: String(created.id ?? ''),
    topic: created.topic ?? input.topic,
    hostEmail: created.host_email ?? input.hostEmail,
    timezone: created.timezone ?? input.timezone,
    startTime: text(created.start_time),
    durationMinutes: created.duration ?? input.durationMinutes,
    joinUrl: created.join_url ?? '',
    registrationUrl: text(created.registration_url),
    startUrl: text(created.start_url),
    startUrlExpiresAt: created.start_url
      ? new Date(now.getTime() + startLinkLifetimeMs).toISOString()
      : null,
    passcode: text(created.password),
    occurrences: (created.occurrences ?? []).flatMap((o) =>
      o.occurrence_id && o.start_time ? [{ id: o.occurrence_id, startTime: o.start_time }] : []
    ),
    quota
  }
}

export function createMeetingCreateService(deps: {
  connected: () => ConnectedClient
  counter: CreationQuotaCounter
  now?: () => Date
}): MeetingCreateService {
  const now = deps.now ?? (() => new Date())
  return {
    quota(hostEmail) {
      const { accountKey, hostEmail: signedIn } = deps.connected()
      const host = hostEmail ?? signedIn
      if (!host) throw noHost()
      return deps.counter.quota(accountKey, host)
    },
    async create(input) {
      const { client, accountKey } = deps.connected()
      const start = localStart(input.date, input.time, input.timezone)
      if (!start || start.at.toMillis() < now().getTime() - 60_000) {
        throw new AppFailure({
          code: 'invalid-input',
          message: 'That start date and time has already passed.',
          remedy: 'Choose a time in the future.',
          details: { fields: [{ field: 'date', message: 'This time has passed.' }] }
        })
      }
      const host = input.hostEmail.toLowerCase()
      let created: CreatedMeeting
      try {
        created = await client.createMeeting(host, buildMeetingBody(input))
      } catch (error) {
        if (isAppFailure(error) && error.appError.code === 'daily-limit') {
          const retryAt = error.appError.details?.retryAt
          const until = retryAt ? new Date(retryAt) : DateTime.utc().plus({ days: 1 }).toJSDate()
          deps.counter.block(accountKey, host, until)
        }
        throw translateCreateMeetingError(error, host)
      }
      deps.counter.record(accountKey, host)
      return toView(created, input, now(), deps.counter.quota(accountKey, host))
    }
  }
}

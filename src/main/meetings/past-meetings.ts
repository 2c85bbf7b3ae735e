import { AppFailure } from '../../shared/app-error'
import type { PastMeeting } from '../../shared/ipc/contracts/past-meetings-contract'
import { splitIntoMonthWindows } from '../attendance'
import type { ZoomClient } from '../zoom'

const dayMs = 24 * 60 * 60 * 1000

/** Zoom's reports reach back six months; a day of slack keeps time zones from biting. */
export function oldestReportDay(now: Date): string {
  const limit = new Date(now.getTime())
  limit.setUTCMonth(limit.getUTCMonth() - 6)
  return new Date(limit.getTime() + dayMs).toISOString().slice(0, 10)
}

function checkRange(from: string, to: string, now: Date): void {
  const oldest = oldestReportDay(now)
  if (from < oldest) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `Zoom keeps meeting reports for six months, so it cannot list meetings before ${oldest}.`,
      remedy: `Choose a start date on or after ${oldest}. For older meetings, use attendance you exported earlier.`
    })
  }
  const today = now.toISOString().slice(0, 10)
  if (to > today) {
    throw new AppFailure({
      code: 'invalid-input',
      message: 'Past meetings can only be listed up to today.',
      remedy: `Choose an end date on or before ${today}.`
    })
  }
}

/**
 * Every meeting the host ran between two days, from Zoom's reports. Zoom answers one month
 * at a time, so longer ranges are asked for month by month; each instance appears once.
 */
export async function listPastMeetings(
  client: ZoomClient,
  userId: string,
  range: { from: string; to: string },
  options: { signal?: AbortSignal; now?: Date } = {}
): Promise<PastMeeting[]> {
  checkRange(range.from, range.to, options.now ?? new Date())
  const byUuid = new Map<string, PastMeeting>()
  for (const window of splitIntoMonthWindows(range.from, range.to)) {
    const list = client.listReportMeetings(userId, window.from, window.to, {
      signal: options.signal
    })
    for await (const item of list) {
      if (!item.uuid || byUuid.has(item.uuid)) continue
      byUuid.set(item.uuid, {
        id: String(item.id ?? ''),
        uuid: item.uuid,
        topic: item.topic ?? '(no topic)',
        type: typeof item.type === 'number' ? item.type : 2,
        startTime: item.start_time ?? null,
        endTime: item.end_time ?? null,
        durationMinutes: typeof item.duration === 'number' ? item.duration : null,
        participants: typeof item.participants_count === 'number' ? item.participants_count : null
      })
    }
  }
  return [...byUuid.values()].sort((a, b) => (b.startTime ?? '').localeCompare(a.startTime ?? ''))
}

/** What a list of past meetings cannot show, said once under the list. */
export const pastMeetingNotes = [
  'Zoom’s reports leave out meetings where only one person joined.',
  'A meeting appears here up to 30 minutes after it ends, once Zoom has prepared its report.'
]

import type { MeetingListItem } from '@shared/ipc/contracts/meetings-list-contract'

/** Zoom's type 3: a recurring meeting with no fixed time; it has no date to sort by. */
const noFixedTime = 3

/** When a listed meeting ends (its next occurrence, for a series), or null with no fixed time. */
function endsAt(meeting: MeetingListItem): number | null {
  if (meeting.type === noFixedTime || !meeting.startTime) return null
  const start = Date.parse(meeting.startTime)
  return Number.isFinite(start) ? start + meeting.durationMinutes * 60_000 : null
}

/** The meeting's date has passed (Zoom still lists it on Scheduled for about a month). */
export function hasEnded(meeting: MeetingListItem, now = Date.now()): boolean {
  const end = endsAt(meeting)
  return end !== null && end <= now
}

/**
 * What each tab shows, as Zoom's own types mean it: Upcoming is what is still to come; Scheduled
 * is every meeting Zoom still keeps, including ones whose date passed. Both by next start,
 * soonest first; meetings with no fixed time last.
 */
export function meetingsForTab(
  meetings: readonly MeetingListItem[],
  tab: 'upcoming' | 'scheduled',
  now = Date.now()
): MeetingListItem[] {
  const shown = tab === 'upcoming' ? meetings.filter((m) => !hasEnded(m, now)) : [...meetings]
  const key = (m: MeetingListItem): number =>
    m.type === noFixedTime || !m.startTime ? Infinity : Date.parse(m.startTime) || Infinity
  return shown.sort((a, b) => key(a) - key(b) || a.topic.localeCompare(b.topic))
}

import type { MeetingDetail, ReportParticipantRow } from '../../../../src/main/attendance/engine'

/** A one-hour meeting, 17:00–18:00 UTC. */
export const hourMeeting: MeetingDetail = {
  id: 85746065432,
  uuid: 'abc123==',
  topic: 'Volunteer briefing',
  start_time: '2026-10-05T17:00:00Z',
  end_time: '2026-10-05T18:00:00Z',
  duration: 60
}

/** `at(5)` is 17:05:00Z; fractions give seconds (`at(0.5)` is 17:00:30Z). */
export function at(minutes: number): string {
  return new Date(Date.UTC(2026, 9, 5, 17, 0, 0) + Math.round(minutes * 60_000))
    .toISOString()
    .replace('.000Z', 'Z')
}

/** An in-meeting row from `from` to `to` minutes after the start, plus any fields given. */
export function row(
  from: number,
  to: number,
  fields: Partial<ReportParticipantRow> = {}
): ReportParticipantRow {
  return {
    id: '',
    user_id: '',
    name: '',
    user_email: '',
    join_time: at(from),
    leave_time: at(to),
    duration: Math.round((to - from) * 60),
    status: 'in_meeting',
    ...fields
  }
}

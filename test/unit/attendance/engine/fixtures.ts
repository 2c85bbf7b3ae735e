import { computeInstanceAttendance } from '../../../../src/main/attendance/engine'
import type {
  InstanceAttendance,
  MeetingDetail,
  Registrant,
  ReportParticipantRow
} from '../../../../src/main/attendance/engine'

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

const week = 7 * 86_400_000

/**
 * One session of a weekly series: the fixture hour moved `weeks` later, its rows shifted along,
 * with the registrants and meeting fields given.
 */
export function weeklySession(
  weeks: number,
  rows: ReportParticipantRow[],
  uuid: string,
  options: { registrants: Registrant[]; meeting?: Partial<MeetingDetail> }
): InstanceAttendance {
  const shift = (iso: string | null | undefined): string =>
    new Date(Date.parse(iso as string) + weeks * week).toISOString().replace('.000Z', 'Z')
  return computeInstanceAttendance({
    meeting: {
      id: 85746065432,
      uuid,
      topic: 'Weekly',
      start_time: shift('2026-10-05T17:00:00Z'),
      end_time: shift('2026-10-05T18:00:00Z'),
      ...options.meeting
    },
    source: 'report',
    registrants: options.registrants,
    participants: rows.map((r) => ({
      ...r,
      join_time: shift(r.join_time),
      leave_time: shift(r.leave_time)
    }))
  })
}

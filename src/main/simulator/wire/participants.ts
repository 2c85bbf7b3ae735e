import type { SimulatedOrg } from '../org/org'
import { isoSeconds } from '../org/time'
import type { SimInstance, SimMeeting, SimParticipantRow, SimUser } from '../org/types'

/** What the past-session objects read; meetings and webinars both have it. */
export type PastSession = Pick<SimMeeting, 'id' | 'topic' | 'hostId' | 'trackingFields'> & {
  type: number
}

function seconds(row: SimParticipantRow): number {
  return Math.round((row.leaveTime - row.joinTime) / 1000)
}

/** GET /report/meetings/{id}/participants row; duration is in SECONDS. */
export function reportParticipant(
  row: SimParticipantRow,
  includeRegistrantId: boolean
): Record<string, unknown> {
  return {
    id: row.id,
    user_id: row.userId,
    participant_user_id: row.participantUserId,
    name: row.name,
    user_email: row.email,
    join_time: isoSeconds(row.joinTime),
    leave_time: isoSeconds(row.leaveTime),
    duration: seconds(row),
    ...(includeRegistrantId && row.registrantId ? { registrant_id: row.registrantId } : {}),
    failover: row.failover,
    status: row.status,
    customer_key: row.customerKey ?? ''
  }
}

/** GET /past_meetings/{id}/participants row (newer fields from the Zoom SDK included). */
export function pastParticipant(row: SimParticipantRow): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    user_id: row.userId,
    ...(row.registrantId ? { registrant_id: row.registrantId } : {}),
    user_email: row.email,
    join_time: isoSeconds(row.joinTime),
    leave_time: isoSeconds(row.leaveTime),
    duration: seconds(row),
    failover: row.failover,
    status: row.status,
    internal_user: row.internalUser
  }
}

export interface InstanceSummary {
  participantsCount: number
  totalMinutes: number
}

/** Distinct people and the sum of in-meeting minutes, as report and past-meeting objects show. */
export function summarize(org: SimulatedOrg, instanceUuid: string): InstanceSummary {
  return summarizeRows(org.participants(instanceUuid), org.uniqueParticipantCount(instanceUuid))
}

export function summarizeRows(
  rows: readonly SimParticipantRow[],
  participantsCount: number
): InstanceSummary {
  const inMeeting = rows.filter((r) => r.status === 'in_meeting')
  const totalSeconds = inMeeting.reduce((sum, r) => sum + seconds(r), 0)
  return { participantsCount, totalMinutes: Math.round(totalSeconds / 60) }
}

function minutes(instance: SimInstance): number {
  return Math.max(1, Math.round((instance.endTime - instance.startTime) / 60_000))
}

/** GET /past_meetings/{meetingId}. */
export function pastMeeting(
  meeting: PastSession,
  instance: SimInstance,
  host: SimUser,
  summary: InstanceSummary
): Record<string, unknown> {
  return {
    id: meeting.id,
    uuid: instance.uuid,
    host_id: meeting.hostId,
    type: meeting.type,
    topic: meeting.topic,
    user_name: host.displayName,
    user_email: host.email,
    start_time: isoSeconds(instance.startTime),
    end_time: isoSeconds(instance.endTime),
    duration: minutes(instance),
    total_minutes: summary.totalMinutes,
    participants_count: summary.participantsCount,
    dept: host.dept,
    source: 'Zoom'
  }
}

/** GET /report/meetings/{meetingId} and GET /report/webinars/{webinarId}. */
export function reportMeeting(
  meeting: PastSession,
  instance: SimInstance,
  host: SimUser,
  summary: InstanceSummary
): Record<string, unknown> {
  const {
    host_id: _hostId,
    source: _source,
    ...rest
  } = pastMeeting(meeting, instance, host, summary)
  return { ...rest, custom_keys: [], tracking_fields: meeting.trackingFields ?? [] }
}

/** A row of GET /report/users/{userId}/meetings. */
export function reportUserMeeting(
  meeting: SimMeeting,
  instance: SimInstance,
  host: SimUser,
  summary: InstanceSummary,
  internalCount: number
): Record<string, unknown> {
  return {
    uuid: instance.uuid,
    id: meeting.id,
    type: meeting.type === 3 ? 8 : meeting.type,
    topic: meeting.topic,
    user_name: host.displayName,
    user_email: host.email,
    host_name: host.displayName,
    host_organization: '',
    start_time: isoSeconds(instance.startTime),
    end_time: isoSeconds(instance.endTime),
    duration: minutes(instance),
    total_minutes: summary.totalMinutes,
    participants_count: summary.participantsCount,
    participants_count_my_account: internalCount,
    source: 'Zoom',
    custom_keys: [],
    has_screen_share: false,
    has_recording: false,
    has_chat: true
  }
}

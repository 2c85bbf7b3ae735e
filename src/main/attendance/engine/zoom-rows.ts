/**
 * The parts of Zoom's JSON that the attendance engine reads. Every field is optional or may be an
 * empty string: real data is messy (hidden guest emails, BAA accounts without names, old rows).
 */

export type ParticipantStatus = 'in_meeting' | 'in_waiting_room'

/** One join/leave session from GET /report/meetings/{id}/participants. */
export interface ReportParticipantRow {
  /** Zoom user id when the person signed in; empty for guests and external users. */
  id?: string | null
  /** Per-meeting participant id; not stable enough to identify a person. */
  user_id?: string | null
  participant_user_id?: string | null
  /** Only present when requested with include_fields=registrant_id. */
  registrant_id?: string | null
  name?: string | null
  user_email?: string | null
  join_time?: string | null
  leave_time?: string | null
  /** Seconds on participant rows (minutes on meeting objects). */
  duration?: number | string | null
  status?: ParticipantStatus | string | null
  failover?: boolean | null
}

/**
 * One row from the fallback GET /past_meetings/{id}/participants. Zoom's spec promises only
 * id, name and user_email; the rest appears on some accounts.
 */
export type PastParticipantRow = Pick<ReportParticipantRow, 'id' | 'name' | 'user_email'> &
  Partial<
    Pick<
      ReportParticipantRow,
      'user_id' | 'registrant_id' | 'join_time' | 'leave_time' | 'duration' | 'status' | 'failover'
    >
  >

export type RegistrantStatus = 'approved' | 'pending' | 'denied'

/** GET /meetings/{id}/registrants, fetched once per status. */
export interface Registrant {
  id?: string | null
  email?: string | null
  first_name?: string | null
  last_name?: string | null
  status?: RegistrantStatus | string | null
  create_time?: string | null
}

/** GET /report/meetings/{id} or, without report access, GET /past_meetings/{id}. */
export interface MeetingDetail {
  /** int64 in Zoom's JSON; kept as text from here on so it is never rounded. */
  id?: number | string | null
  uuid?: string | null
  topic?: string | null
  start_time?: string | null
  end_time?: string | null
  /** Minutes. */
  duration?: number | string | null
  /** The host's email (both report and past-meeting details carry it). */
  user_email?: string | null
}

export type ParticipantSource = 'report' | 'past-participants'

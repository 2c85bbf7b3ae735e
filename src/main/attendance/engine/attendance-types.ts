import type { IdentityRule } from './identity'
import type { ReviewCandidate } from './review-candidates'
import type { ParticipantRow } from './row-table'
import type { RowFlag } from './time-rules'
import type { ParticipantSource, RegistrantStatus } from './zoom-rows'

/**
 * `Joined` means the person was in the meeting but its length can't be worked out (the fallback
 * source has no times, or the meeting's start/end is unknown), so no threshold can be applied.
 */
export type AttendanceStatus = 'Attended' | 'Partial' | 'Absent' | 'Waiting room only' | 'Joined'

/** A participant row read into plain values; see readSession, for showing the audit trail. */
export interface AttendanceSession {
  joinMs: number | null
  leaveMs: number | null
  durationSeconds: number | null
  inWaitingRoom: boolean
  /** True when this row counted toward Minutes Attended (in the meeting, with a usable interval). */
  counted: boolean
  /** What the time and name rules noted about this row (time-rules.ts). */
  flags: readonly RowFlag[]
  name: string
  email: string
  zoomUserId: string
  /** Zoom's per-meeting participant id (`user_id`); not used to match people across rows. */
  participantId: string
  registrantId: string
  failover: boolean
}

/** What one person's rows add up to: the status and the figures shown beside their name. */
export interface PersonMeasures {
  status: AttendanceStatus
  firstJoinMs: number | null
  lastLeaveMs: number | null
  attendedSeconds: number | null
  /** One decimal. */
  minutesAttended: number | null
  /** Whole percent of the meeting's length, capped at 100. */
  attendancePercent: number | null
  /** In-meeting rows (waiting-room rows excluded). */
  sessions: number
}

export interface PersonAttendance extends PersonMeasures {
  /** Stable within one instance: the strongest key of the person (e.g. `e:ann@example.org`). */
  personId: string
  name: string
  email: string
  registered: boolean
  registrationStatus: RegistrantStatus | null
  registrantId: string | null
  /** When they registered (Zoom's create_time); null without a registration or a time. */
  registeredAtMs: number | null
  /** The Zoom user id when the person signed in on any row. */
  zoomUserId: string | null
  audit: {
    /** The strongest rule that tied the person's records together. */
    identityRule: IdentityRule
    /** Every rule that matched one of the person's rows or registration, strongest first. */
    matchedBy: readonly IdentityRule[]
    /** The person's rows exactly as Zoom sent them, by join time, repeats dropped. */
    sessions: ParticipantRow[]
    /** Every flag of the person's rows (read a row's own with readSession). */
    flags: readonly RowFlag[]
    /** Keys of the identity decisions that shaped this person. */
    decisions: readonly string[]
    /** Keys of the open review candidates this person is part of. */
    reviewKeys: readonly string[]
  }
}

export interface MeetingInstance {
  /** Text, never a JS number: meeting ids are int64. */
  id: string
  uuid: string
  topic: string
  startMs: number | null
  endMs: number | null
  source: ParticipantSource
  /** The host's email, lower case; '' when Zoom did not say. */
  hostEmail: string
}

export interface AttendanceSummary {
  people: number
  registered: number
  attended: number
  partial: number
  absent: number
  /** In the meeting (Attended, Partial or Joined) without a registration. */
  walkIns: number
  waitingRoomOnly: number
  /** In the meeting, length unknown. */
  joined: number
  /** Median Minutes Attended of people who were in the meeting; null when none or unknown. */
  medianMinutes: number | null
  participantRows: number
  /** Rows repeated exactly (Zoom can repeat rows across pages); counted once. */
  duplicateRowsDropped: number
}

export interface InstanceAttendance {
  meeting: MeetingInstance
  thresholdPercent: number
  /** Sorted by name, then email, ignoring case. */
  people: PersonAttendance[]
  /** Uncertain matches to ask a person about; answered ones (by their keys) are left out. */
  reviewCandidates: ReviewCandidate[]
  summary: AttendanceSummary
}

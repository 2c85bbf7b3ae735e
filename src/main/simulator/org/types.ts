/** The generated organisation, in the simulator's own shape (the wire/ folder maps it to JSON). */

export type UserStatus = 'active' | 'inactive' | 'pending'
export type UserType = 1 | 2 | 3 | 99

export interface SimUser {
  id: string
  email: string
  firstName: string
  lastName: string
  displayName: string
  type: UserType
  status: UserStatus
  pmi: number
  timezone: string
  dept: string
  jobTitle: string
  roleId: string
  roleName: string
  language: string
  createdAt: string
  lastLoginTime?: string
  verified: 0 | 1
}

export type MeetingKind = 'onboarding' | 'team' | 'event' | 'special' | 'extra' | 'created'

/** Zoom's meeting `settings`, kept in wire (snake_case) form because it round-trips as is. */
export interface MeetingSettings {
  approval_type: 0 | 1 | 2
  registration_type?: 1 | 2 | 3
  waiting_room: boolean
  join_before_host: boolean
  jbh_time?: 0 | 5 | 10
  mute_upon_entry: boolean
  host_video: boolean
  participant_video: boolean
  audio: 'both' | 'telephony' | 'voip'
  auto_recording: 'local' | 'cloud' | 'none'
  alternative_hosts: string
  meeting_authentication: boolean
  use_pmi: boolean
  registrants_email_notification: boolean
  registrants_confirmation_email: boolean
  close_registration: boolean
  [extra: string]: unknown
}

export interface Recurrence {
  type: 1 | 2 | 3
  repeat_interval?: number
  weekly_days?: string
  monthly_day?: number
  monthly_week?: -1 | 1 | 2 | 3 | 4
  monthly_week_day?: 1 | 2 | 3 | 4 | 5 | 6 | 7
  end_times?: number
  end_date_time?: string
}

export interface SimOccurrence {
  occurrenceId: string
  startTime: number
  duration: number
}

/** One time the meeting actually ran. Participant rows are generated on demand from `seed`. */
export interface SimInstance {
  uuid: string
  meetingId: number
  startTime: number
  endTime: number
  occurrenceId?: string
  /** How many distinct people attend (host included). */
  attendees: number
  seed: number
  /** Force every participant-level quirk into this instance (see quirks.ts). */
  showcase: boolean
}

export interface SimMeeting {
  id: number
  hostId: string
  topic: string
  type: 1 | 2 | 3 | 8
  kind: MeetingKind
  startTime?: number
  duration: number
  timezone: string
  agenda: string
  createdAt: string
  password: string
  settings: MeetingSettings
  recurrence?: Recurrence
  occurrences: SimOccurrence[]
  instances: SimInstance[]
  /** UUID Zoom reports for the meeting object before any instance runs. */
  uuid: string
  seed: number
  trackingFields?: { field: string; value: string }[]
}

export type RegistrantStatus = 'approved' | 'pending' | 'denied'

export interface SimRegistrant {
  id: string
  meetingId: number
  occurrenceId?: string
  email: string
  firstName: string
  lastName: string
  status: RegistrantStatus
  createTime: string
  joinUrl: string
  org: string
  jobTitle: string
  city: string
  country: string
  comments: string
  customQuestions: { title: string; value: string }[]
}

/** One join/leave session, exactly as the report endpoint lists it. */
export interface SimParticipantRow {
  /** Zoom user id when signed in to a Zoom account, else "". */
  id: string
  /** Per-meeting numeric participant id (a string on the wire). */
  userId: string
  participantUserId: string
  registrantId?: string
  name: string
  email: string
  joinTime: number
  leaveTime: number
  status: 'in_meeting' | 'in_waiting_room'
  internalUser: boolean
  failover: boolean
  customerKey?: string
}

export function hasRegistration(meeting: SimMeeting): boolean {
  return meeting.settings.approval_type !== 2
}

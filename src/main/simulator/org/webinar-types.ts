/**
 * Webinars in the simulator's own shape (wire/webinars.ts maps them to Zoom's JSON). They share
 * occurrences, instances and registrants with meetings; what is new is the panelists, the
 * webinar settings (practice session, Q&A) and the role every participant row plays.
 */
import type { SimMeeting, SimParticipantRow } from './types'

/** 5 = webinar, 6 = recurring with no fixed time, 9 = recurring with a fixed time (SPEC). */
export type WebinarType = 5 | 6 | 9

export type WebinarKind = 'info-session' | 'training' | 'annual' | 'open' | 'upcoming'

/** Zoom's webinar `settings`, kept in wire (snake_case) form because it round-trips as is. */
export interface WebinarSettings {
  approval_type: 0 | 1 | 2
  registration_type?: 1 | 2 | 3
  practice_session: boolean
  panelists_video: boolean
  host_video: boolean
  hd_video: boolean
  on_demand: boolean
  audio: 'both' | 'telephony' | 'voip'
  auto_recording: 'local' | 'cloud' | 'none'
  alternative_hosts: string
  allow_multiple_devices: boolean
  close_registration: boolean
  meeting_authentication: boolean
  registrants_confirmation_email: boolean
  registrants_email_notification: boolean
  notify_registrants: boolean
  panelists_invitation_email_notification: boolean
  post_webinar_survey: boolean
  show_share_button: boolean
  contact_name: string
  contact_email: string
  email_language: string
  question_and_answer: {
    enable: boolean
    allow_anonymous_questions: boolean
    answer_questions: 'only' | 'all'
    attendees_can_upvote: boolean
    attendees_can_comment: boolean
  }
}

export interface SimPanelist {
  id: string
  name: string
  email: string
  joinUrl: string
  /** A Zoom user of this account (signed in: rows carry their user id). */
  internalUserId?: string
  /** The same person also registered as an attendee (their registrant id). */
  registrantId?: string
}

/** A meeting's schedule (occurrences, instances, seed) with webinar type, settings and panelists. */
export interface SimWebinar extends Omit<
  SimMeeting,
  'type' | 'kind' | 'settings' | 'trackingFields'
> {
  type: WebinarType
  kind: WebinarKind
  settings: WebinarSettings
  panelists: SimPanelist[]
  /** Minutes of practice session before the broadcast starts (0 = none). */
  practiceMinutes: number
}

/** The role Zoom's webinar reports imply but never send: Host, Panelist or Attendee. */
export type WebinarRole = 'Host' | 'Panelist' | 'Attendee'

/** A report row plus the truth the generator knows (tests compare the engine against it). */
export interface SimWebinarRow extends SimParticipantRow {
  role: WebinarRole
}

export function webinarHasRegistration(webinar: SimWebinar): boolean {
  return webinar.settings.approval_type !== 2
}

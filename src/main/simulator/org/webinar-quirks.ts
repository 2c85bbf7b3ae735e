/**
 * Where each webinar quirk lives in the generated org (seed-independent: always planted).
 *
 * - webinar-series            "Volunteer Info Session": monthly type 9 (first Thursday), registration
 *                             per occurrence, auto approval, practice session, three panelists
 * - webinar-showcase          the latest past info session: every participant-level quirk below
 *     practice-session        host and panelists join up to 30 minutes before attendees
 *     webinar-rejoin          attendees who drop out and rejoin (several rows each)
 *     panelist-registrant     a panelist who also registered; attends as a panelist, so Zoom's
 *                             absentee list still names them (absentees disagree with attendance)
 *     webinar-absentees       approved registrants who never came
 * - webinar-manual-approval   "Safeguarding Training for Volunteer Leads": approval_type 1, pending
 *                             and denied registrants
 * - webinar-big               "Annual Impact Report": more than 300 registrants and 300 rows
 * - webinar-no-registration   "Community Q&A": no registration (registrants: code 300; absentees: 3000)
 * - webinar-upcoming          "Spring Gala Preview": next month, registration open, no instances
 * - webinar-slash-uuid        an info-session instance whose UUID starts with "/"
 * - webinar-double-slash-uuid the training webinar's instance, whose UUID contains "//"
 */
export const webinarQuirkTags = [
  'webinar-series',
  'webinar-showcase',
  'practice-session',
  'webinar-rejoin',
  'panelist-registrant',
  'webinar-absentees',
  'webinar-manual-approval',
  'webinar-big',
  'webinar-no-registration',
  'webinar-upcoming',
  'webinar-slash-uuid',
  'webinar-double-slash-uuid'
] as const

export type WebinarQuirkTag = (typeof webinarQuirkTags)[number]

export const webinarShowcaseQuirks: readonly WebinarQuirkTag[] = [
  'webinar-showcase',
  'practice-session',
  'webinar-rejoin',
  'panelist-registrant',
  'webinar-absentees'
]

export interface WebinarQuirkLocation {
  webinarId: number
  instanceUuid?: string
}

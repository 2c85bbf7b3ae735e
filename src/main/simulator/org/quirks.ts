/**
 * Where each quirk lives in the generated org (seed-independent: the generator always plants them).
 *
 * - recurring-registration  "Volunteer Onboarding": weekly type 8, registration per occurrence,
 *                            waiting room on; ~26 past instances plus upcoming occurrences.
 * - showcase                the latest past onboarding instance, which has EVERY participant quirk:
 *     rejoin                 the same person in several rows (network drops)
 *     two-devices            the same person on two devices at once (overlapping rows)
 *     waiting-room           rows with status "in_waiting_room" before admission
 *     guest-registrant-only  guests whose rows have no email and no id, only registrant_id
 *     no-show-registrants    approved registrants with no rows at all
 *     walk-ins               people with rows who never registered
 *     unicode-names          "José Núñez", "李小龙", "Zoë 🌟", ...
 *     formula-names          "=SUM(A1)", "+1 555", "@here", "-x"
 *     overlapping-phones     two different guests both named "iPhone", in the meeting at once
 *     rename                 a guest leaves as "Ana Ruiz" and joins 40 s later as "Ana R."
 *     name-only-guest        a registrant whose rows carry only their name (no link, no email)
 *     email-domain-change    a registrant who joined with the same name and another email domain
 *                            (these four give the review queue real items; identity-cases.ts)
 * - no-registration         "Programs Team Weekly": recurring, no registration (registrants → code 300)
 * - slash-uuid              a Programs Team Weekly instance whose UUID starts with "/"
 * - double-slash-uuid       a Development Standup instance whose UUID contains "//"
 * - big-meeting             "Volunteer Appreciation Night": ~300 attendees, more than 300 rows
 * - manual-approval         "Grant Writing Workshop": approval_type 1, pending and denied registrants
 * - one-person              "Open Office Hours": one instance, only the host came
 * - report-pending          "Board Prep Call": ended 10 minutes before the simulator started
 * - live                    "Volunteer Drop-in": started 20 minutes before the simulator started
 * - upcoming-registration   "Fall Volunteer Orientation": next month, registration on, no instances
 * - no-fixed-time           "Mentor Chat Room": type 3 recurring meeting with no fixed time
 */
/** Participant-level quirks all live in the showcase instance. */
export const showcaseQuirks = [
  'showcase',
  'rejoin',
  'two-devices',
  'waiting-room',
  'guest-registrant-only',
  'no-show-registrants',
  'walk-ins',
  'unicode-names',
  'formula-names',
  'overlapping-phones',
  'rename',
  'name-only-guest',
  'email-domain-change'
] as const

export const quirkTags = [
  'recurring-registration',
  ...showcaseQuirks,
  'no-registration',
  'slash-uuid',
  'double-slash-uuid',
  'big-meeting',
  'manual-approval',
  'one-person',
  'report-pending',
  'live',
  'upcoming-registration',
  'no-fixed-time'
] as const

export type QuirkTag = (typeof quirkTags)[number]

export interface QuirkLocation {
  meetingId: number
  instanceUuid?: string
}

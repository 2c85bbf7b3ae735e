/**
 * The words of the attendance audit trail, shared by the engine (main) and the IPC contract the
 * window reads, so both always list the same values in the same order.
 */

/** How records were recognised as one person, strongest first; alias and decision are a person's own. */
export const identityRules = [
  'registrant',
  'email',
  'user-id',
  'alias',
  'decision',
  'name',
  'none'
] as const

/**
 * What the engine noted about a row: its leave time was missing or before its join (then taken
 * from the duration, else the meeting's end), it had time outside the meeting's window (15
 * minutes before the start to 15 after the end; not counted), or it had a weak name (a device
 * name, call-in number or first name only, which never merges people on its own).
 */
export const rowFlags = [
  'leave-missing',
  'leave-before-join',
  'outside-instance',
  'weak-name'
] as const

/** The kinds of uncertain match the engine asks about (see the engine's review-candidates.ts). */
export const reviewKinds = [
  'name-only-match',
  'same-name-guest',
  'weak-name-overlap',
  'weak-name-rejoin',
  'rename',
  'email-domain-change'
] as const

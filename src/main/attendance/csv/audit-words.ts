/**
 * The audit trail in plain words for the CSV: which rules matched a person's rows and what the
 * engine noted about them. The engine shares one frozen list per combination, so each list is
 * worded once per export, not once per row.
 */
import type { IdentityRule, RowFlag } from '../engine'

const ruleWords: Record<IdentityRule, string> = {
  registrant: 'registration link',
  email: 'email',
  'user-id': 'Zoom account',
  alias: 'alias',
  decision: 'your decision',
  name: 'display name only',
  none: 'nothing'
}

const flagWords: Record<RowFlag, string> = {
  'leave-missing': 'leave time missing',
  'leave-before-join': 'leave before join',
  'outside-instance': 'time outside the meeting not counted',
  'weak-name': 'device or first name only, not merged by name'
}

const worded = new Map<readonly string[], string>()

function words<T extends string>(
  list: readonly T[],
  dictionary: Record<T, string>,
  glue: string
): string {
  let text = worded.get(list)
  if (text === undefined) {
    text = list.map((item) => dictionary[item]).join(glue)
    // Unshared lists (built per row) must not pile up in the cache.
    if (Object.isFrozen(list)) worded.set(list, text)
  }
  return text
}

/** "registration link, display name only". */
export function matchedByWords(rules: readonly IdentityRule[]): string {
  return words(rules, ruleWords, ', ')
}

/** "leave time missing; time outside the meeting not counted". */
export function checkWords(flags: readonly RowFlag[]): string {
  return words(flags, flagWords, '; ')
}

/**
 * A person's decisions about who is who, as plain data the engine applies before its own rules
 * (the identity book stores them; this module only reads them). A decision is about a link:
 *
 * - a name link: keyless rows with this display name are the person known by this key
 *   (`e:<email>`, `u:<Zoom user id>` or `r:<registrant id>`); applies in every meeting;
 * - an email link: these two emails are one person (ann@old.org and ann@new.org); everywhere;
 * - a rows link: the people holding these two rows of one meeting are one person; that meeting.
 *
 * Review candidates carry the key of the link they propose, so an answer stored under that key
 * is found again on every recomputation and the question is never asked twice.
 */
import { normalizeEmail, normalizeName } from './field-values'

export interface IdentityDecisions {
  /** Link keys answered "same person": their records are merged. */
  accepted?: readonly string[]
  /** Link keys answered "different people": kept apart, and never asked again. */
  rejected?: readonly string[]
  /** A display name or an email that belongs to the known person with this email. */
  aliases?: readonly IdentityAlias[]
  /** Rows of the person known by `personKey` that carry display name `name` are someone else. */
  splits?: readonly IdentitySplit[]
}

export interface IdentityAlias {
  /** A display name, or an email (anything shaped like one). */
  alias: string
  email: string
}

export interface IdentitySplit {
  /** `e:<email>`, `u:<Zoom user id>` or `r:<registrant id>`. */
  personKey: string
  name: string
  /** Only in this meeting instance; every meeting when absent. */
  meetingUuid?: string
}

/**
 * Names one row of one meeting: its join time (ISO, '' when unknown), Zoom's per-meeting
 * participant id and the folded display name; or a registration, by registrant id.
 */
export type RowRef = readonly ['row', string, string, string] | readonly ['registration', string]

export type IdentityLink =
  | { kind: 'name'; name: string; personKey: string }
  | { kind: 'email'; emails: readonly [string, string] }
  | { kind: 'rows'; meetingUuid: string; rows: readonly [RowRef, RowRef] }

const personKeyShape = /^[eur]:./
const emailShape = /^[^\s@]+@[^\s@]+$/

export function nameLinkKey(name: string, personKey: string): string {
  return JSON.stringify(['name', normalizeName(name), personKey])
}

export function emailLinkKey(a: string, b: string): string {
  const pair = [normalizeEmail(a), normalizeEmail(b)].sort()
  return JSON.stringify(['email', pair[0], pair[1]])
}

/** A rows link; the two refs are put in a fixed order so either way round gives one key. */
export function rowsLinkKey(meetingUuid: string, a: RowRef, b: RowRef): string {
  const [first, second] = [JSON.stringify(a), JSON.stringify(b)].sort()
  return `["rows",${JSON.stringify(meetingUuid)},${first},${second}]`
}

export function personKeyFor(kind: 'e' | 'u' | 'r', value: string): string {
  return `${kind}:${value}`
}

export function isEmailLike(value: string): boolean {
  return emailShape.test(value.trim())
}

/** The link a key stands for, or null for a key this engine did not make (ignored, not fatal). */
export function parseLinkKey(key: string): IdentityLink | null {
  let value: unknown
  try {
    value = JSON.parse(key)
  } catch {
    return null
  }
  if (!Array.isArray(value)) return null
  const [kind, a, b, c] = value as unknown[]
  if (kind === 'name' && typeof a === 'string' && typeof b === 'string') {
    return a !== '' && personKeyShape.test(b) ? { kind, name: a, personKey: b } : null
  }
  if (kind === 'email' && typeof a === 'string' && typeof b === 'string' && a && b) {
    return { kind, emails: [a, b] }
  }
  if (kind === 'rows' && typeof a === 'string' && isRowRef(b) && isRowRef(c)) {
    return { kind, meetingUuid: a, rows: [b, c] }
  }
  return null
}

function isRowRef(value: unknown): value is RowRef {
  if (!Array.isArray(value)) return false
  if (value[0] === 'row') {
    return value.length === 4 && value.slice(1).every((part) => typeof part === 'string')
  }
  return value[0] === 'registration' && value.length === 2 && typeof value[1] === 'string'
}

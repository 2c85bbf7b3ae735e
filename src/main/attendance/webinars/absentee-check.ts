/**
 * Zoom's absentee list cross-checked with the registrants and the participant rows. Zoom counts
 * as absent every approved registrant with no join under their registration, so a registered
 * panelist (who joins by the panelist link) is "absent" there while present here. Each
 * disagreement becomes one plain sentence for the audit trail; nothing is silently dropped.
 */
import type { RosterRow } from '../../archive'
import type { WebinarPerson } from './webinar-roles'

export type AbsenteeDisagreementKind =
  /** Zoom says absent, the participant rows say they joined. */
  | 'listed-but-joined'
  /** An approved registrant who never joined, missing from Zoom's list. */
  | 'absent-but-not-listed'
  /** On Zoom's list, but not an approved registrant of this session. */
  | 'listed-but-not-registered'

export interface AbsenteeDisagreement {
  kind: AbsenteeDisagreementKind
  personId: string | null
  name: string
  email: string
  sentence: string
}

export interface AbsenteeCheck {
  /** Rows on Zoom's absentee list. */
  zoomAbsentees: number
  /** Approved registrants who never joined, by the participant rows. */
  absentByRows: number
  /** On both. */
  agreed: number
  disagreements: AbsenteeDisagreement[]
}

const inWebinar = new Set(['Attended', 'Partial', 'Joined'])
const lower = (value: unknown): string =>
  typeof value === 'string' ? value.trim().toLowerCase() : ''
const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

function rowName(row: RosterRow): string {
  const name = `${textOf(row.first_name)} ${textOf(row.last_name)}`.trim()
  return name || textOf(row.name)
}

export function checkAbsentees(
  people: readonly WebinarPerson[],
  absentees: readonly RosterRow[]
): AbsenteeCheck {
  const byRegistrant = new Map<string, WebinarPerson>()
  const byEmail = new Map<string, WebinarPerson>()
  for (const person of people) {
    if (person.registrantId) byRegistrant.set(person.registrantId, person)
    const email = lower(person.email)
    if (email !== '' && !byEmail.has(email)) byEmail.set(email, person)
  }
  const listed = new Set<string>()
  const disagreements: AbsenteeDisagreement[] = []
  let agreed = 0
  for (const row of absentees) {
    if (row === null || typeof row !== 'object') continue
    const person = byRegistrant.get(textOf(row.id)) ?? byEmail.get(lower(row.email))
    const name = person?.name || rowName(row)
    const email = person?.email || lower(row.email)
    const who = describe(name, email)
    if (person) listed.add(person.personId)
    if (!person || person.registrationStatus !== 'approved') {
      disagreements.push({
        kind: 'listed-but-not-registered',
        personId: person?.personId ?? null,
        name,
        email,
        sentence: `${who} is on Zoom's absentee list but is not an approved registrant of this session.`
      })
    } else if (inWebinar.has(person.status)) {
      const why =
        person.role === 'Panelist'
          ? ' They joined as a panelist, which Zoom does not count against their registration.'
          : ''
      disagreements.push({
        kind: 'listed-but-joined',
        personId: person.personId,
        name,
        email,
        sentence: `${who} is on Zoom's absentee list, but the participant list shows them joining.${why}`
      })
    } else {
      agreed++
    }
  }
  let absentByRows = 0
  for (const person of people) {
    if (person.registrationStatus !== 'approved' || inWebinar.has(person.status)) continue
    absentByRows++
    if (listed.has(person.personId)) continue
    const who = describe(person.name, person.email)
    disagreements.push({
      kind: 'absent-but-not-listed',
      personId: person.personId,
      name: person.name,
      email: person.email,
      sentence: `${who} registered and never joined, but is missing from Zoom's absentee list.`
    })
  }
  return { zoomAbsentees: absentees.length, absentByRows, agreed, disagreements }
}

function describe(name: string, email: string): string {
  if (name && email) return `${name} (${email})`
  return name || email || 'Someone without a name or email'
}

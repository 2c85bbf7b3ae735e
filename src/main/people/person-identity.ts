/**
 * Who is the same person across sessions. Within a session the engine has already joined rows;
 * across sessions an email links strongly (then a registrant id, then a Zoom user id, each only
 * when it was seen with an email). A name alone links to the one emailed person who used that
 * name, and stays a person of its own when several did, so two Maria Garcias never merge.
 */
import type { SessionOutcome } from './session-outcome'

/** NFC, case-folded, spaces collapsed: the key a name is compared by. */
export function personNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** A stable key per person for these outcomes, in their order. */
export function crossSessionKeys(outcomes: readonly SessionOutcome[]): string[] {
  const byRegistrant = new Map<string, string>()
  const byUser = new Map<string, string>()
  const emailsByName = new Map<string, Set<string>>()
  for (const o of outcomes) {
    if (o.email === '') continue
    if (o.registrantId) byRegistrant.set(o.registrantId, o.email)
    if (o.zoomUserId) byUser.set(o.zoomUserId, o.email)
    const name = personNameKey(o.name)
    if (name === '') continue
    const emails = emailsByName.get(name) ?? new Set<string>()
    emails.add(o.email)
    emailsByName.set(name, emails)
  }
  return outcomes.map((o) => {
    if (o.email !== '') return `e:${o.email}`
    const linked =
      (o.registrantId && byRegistrant.get(o.registrantId)) ||
      (o.zoomUserId && byUser.get(o.zoomUserId))
    if (linked) return `e:${linked}`
    if (o.registrantId) return `r:${o.registrantId}`
    if (o.zoomUserId) return `u:${o.zoomUserId}`
    const name = personNameKey(o.name)
    const emails = emailsByName.get(name)
    if (emails?.size === 1) return `e:${[...emails][0]}`
    return `n:${name}`
  })
}

/** Outcomes grouped per person (first-seen order), each group oldest session first. */
export function groupByPerson(outcomes: readonly SessionOutcome[]): SessionOutcome[][] {
  const keys = crossSessionKeys(outcomes)
  const groups = new Map<string, SessionOutcome[]>()
  outcomes.forEach((o, i) => {
    const group = groups.get(keys[i])
    if (group) group.push(o)
    else groups.set(keys[i], [o])
  })
  const byStart = (a: SessionOutcome, b: SessionOutcome): number =>
    (a.session.startMs ?? Infinity) - (b.session.startMs ?? Infinity)
  return [...groups.values()].map((group) => group.sort(byStart))
}

/** The name and email a person is shown by: the latest registration's name, the latest email. */
export function displayOf(group: readonly SessionOutcome[]): { name: string; email: string } {
  const latest = [...group].reverse()
  const name =
    latest.find((o) => o.registered && o.name !== '')?.name ??
    latest.find((o) => o.name !== '')?.name ??
    ''
  return { name, email: latest.find((o) => o.email !== '')?.email ?? '' }
}

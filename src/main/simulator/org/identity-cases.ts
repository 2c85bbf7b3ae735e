/**
 * The identity cases planted in the showcase instance, so the demo's review queue has real
 * items (issue 17): two guests named "iPhone" at the same time, a guest who renames mid-meeting,
 * a registrant who joined without their link (a name-only guest) and a registrant who joined
 * with another email domain. They draw from their own seeded stream, so the showcase's other
 * rows are the same as without them.
 */
import { randomPerson } from './people'
import { mixSeed, Rng } from './random'
import { sessionRow, type RowPerson } from './session-rows'
import { minuteMs } from './time'
import type { SimInstance, SimParticipantRow, SimRegistrant } from './types'

const guest = (name: string, email = ''): RowPerson => ({ id: '', name, email, internal: false })

/**
 * A registrant who came without their personal link: their rows carry only their name. Takes
 * the last registrant among the attendees with a first and last name nobody else uses (the
 * first ones carry other showcase quirks; a lone first name would be a weak name).
 */
export function makeNameOnlyGuest(
  attendees: { registrantId?: string; email: string; name: string }[]
): void {
  const person = attendees.findLast(
    (a) =>
      a.registrantId !== undefined &&
      a.name.includes(' ') &&
      attendees.filter((other) => other.name === a.name).length === 1
  )
  if (!person) return
  delete person.registrantId
  person.email = ''
}

/** Rows for the other three cases, given the rows already generated for the instance. */
export function identityCaseRows(
  instance: SimInstance,
  registrants: readonly SimRegistrant[],
  cameRegistrantIds: ReadonlySet<string>,
  rows: readonly SimParticipantRow[]
): SimParticipantRow[] {
  const rng = new Rng(mixSeed(instance.seed, 17))
  const start = instance.startTime
  const end = instance.endTime
  const span = end - start
  const planted: SimParticipantRow[] = [
    // Two different people, both shown as "iPhone", overlapping for about half an hour.
    sessionRow(guest('iPhone'), start + span * 0.1, start + span * 0.55),
    sessionRow(guest('iPhone'), start + span * 0.25, end - 4 * minuteMs)
  ]
  const absent = registrants.filter((r) => r.status === 'approved' && !cameRegistrantIds.has(r.id))
  const moved = absent.findLast((r) => r.lastName !== '')
  if (moved) {
    // Registered as ann@old.org, joined as ann@<another domain>: the same local part and name.
    const name = `${moved.firstName} ${moved.lastName}`
    planted.push(sessionRow(guest(name, otherDomain(moved.email)), start + span * 0.05, end))
  }
  const renamer = randomPerson(rng)
  const before = `${renamer.firstName} ${renamer.lastName}`
  const after = `${renamer.firstName} ${renamer.lastName.charAt(0)}.`
  const at = quietMoment([...rows, ...planted], start + span * 0.2, start + span * 0.85)
  if (at !== null) {
    planted.push(sessionRow(guest(before), start + span * 0.03, at))
    planted.push(sessionRow(guest(after), at + 40_000, end - minuteMs))
  }
  return planted
}

/**
 * A moment in [from, to] to leave at, so that nobody else leaves from 100 s before it to 60 s
 * after, nor joins from 20 s before to 140 s after: the rename (leave, then join 40 s later) is
 * then the only pair the engine could match there (it looks 2 minutes each way).
 */
function quietMoment(rows: readonly SimParticipantRow[], from: number, to: number): number | null {
  for (let at = Math.ceil(from / 20_000) * 20_000; at <= to; at += 20_000) {
    const busy = rows.some(
      (row) =>
        (row.leaveTime > at - 100_000 && row.leaveTime < at + 60_000) ||
        (row.joinTime > at - 20_000 && row.joinTime < at + 140_000)
    )
    if (!busy) return at
  }
  return null
}

function otherDomain(email: string): string {
  const at = email.lastIndexOf('@')
  const domain = email.slice(at + 1)
  return `${email.slice(0, at)}@${domain === 'gmail.com' ? 'outlook.com' : 'gmail.com'}`
}

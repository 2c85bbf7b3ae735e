import { z } from 'zod'
import { compareText, compareValues as compare } from './compare-values'

/**
 * Which people of one session the window shows, and in what order: the status filter, a search
 * over name and email, and the sorted column. The window sends this with an export, and main
 * applies the very same function, so the file holds exactly the rows on screen.
 */

export const personStatuses = [
  'Attended',
  'Partial',
  'Absent',
  'Waiting room only',
  'Joined'
] as const
export type PersonStatus = (typeof personStatuses)[number]

export const personSortKeys = [
  'name',
  'email',
  'status',
  'minutesAttended',
  'attendancePercent',
  'firstJoin',
  'sessions'
] as const
export type PersonSortKey = (typeof personSortKeys)[number]

export const personQuerySchema = z
  .object({
    statuses: z.array(z.enum(personStatuses)).max(personStatuses.length),
    search: z.string().max(200),
    sort: z.object({ key: z.enum(personSortKeys), descending: z.boolean() }).strict()
  })
  .strict()
export type PersonQuery = z.infer<typeof personQuerySchema>

/** The fields a query reads; the window's rows and main's rows both have them. */
export interface QueriedPerson {
  name: string
  email: string
  status: PersonStatus
  minutesAttended: number | null
  attendancePercent: number | null
  /** ISO text, so comparing it as text orders by time. */
  firstJoin: string | null
  sessions: number
}

export function isPersonSortKey(key: string): key is PersonSortKey {
  return (personSortKeys as readonly string[]).includes(key)
}

/**
 * The rows to show: status filter, then a case-insensitive search over name and email, then
 * the chosen order (name breaks ties; blanks sort last whichever way). The input is taken in
 * name order, as main sends it. One pass each, so 50,000 rows stay quick.
 */
export function queryPeople<P extends QueriedPerson>(
  people: readonly P[],
  query: PersonQuery
): P[] {
  const statuses = new Set(query.statuses)
  const needle = query.search.trim().toLowerCase()
  const filtered = people.filter(
    (p) =>
      statuses.has(p.status) &&
      (needle === '' ||
        p.name.toLowerCase().includes(needle) ||
        p.email.toLowerCase().includes(needle))
  )
  const { key, descending } = query.sort
  if (key === 'name' && !descending) return filtered
  return filtered.sort((a, b) => {
    const primary = compare(a[key], b[key])
    if (primary !== 0 && a[key] !== null && b[key] !== null) return descending ? -primary : primary
    return primary !== 0 ? primary : compareText(a.name, b.name)
  })
}

/** Registered (and not turned down), never joined: the people an admin writes to afterwards. */
export function isNoShow(person: {
  status: PersonStatus
  registered: boolean
  registrationStatus: 'approved' | 'pending' | 'denied' | null
}): boolean {
  return person.registered && person.status === 'Absent' && person.registrationStatus !== 'denied'
}

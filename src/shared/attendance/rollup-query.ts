import { z } from 'zod'
import { compareValues as compare } from './compare-values'
import type { PersonStatus } from './person-query'

/**
 * Which people of a roll-up the window shows, and in what order: "attended at least N", the
 * host left out or not, a search over name and email, and the sorted column. The window sends
 * this with an export and main applies the same function, so the file holds the rows on screen.
 */

/** Statuses that count as "attended" a session; the window says so in words. */
export const countedStatuses: readonly PersonStatus[] = ['Attended', 'Partial', 'Joined']

const sortKey = z
  .string()
  .regex(/^(name|email|attended|missed|totalMinutes|session-\d{1,4})$/, 'Unknown column.')

export const rollUpQuerySchema = z
  .object({
    minAttended: z.number().int().min(0).max(100_000),
    includeHost: z.boolean(),
    search: z.string().max(200),
    sort: z.object({ key: sortKey, descending: z.boolean() }).strict()
  })
  .strict()
export type RollUpQuery = z.infer<typeof rollUpQuerySchema>

/** The fields a query reads: the view's people have them. */
export interface QueriedRollUpPerson {
  name: string
  email: string
  instancesAttended: number
  totalMinutes: number | null
  minutes: ReadonlyArray<number | null>
  statuses: ReadonlyArray<PersonStatus | null>
  host: boolean
}

/** Sessions someone registered for and never joined: who keeps missing. */
export function missedSessions(person: Pick<QueriedRollUpPerson, 'statuses'>): number {
  let missed = 0
  for (const status of person.statuses) if (status === 'Absent') missed++
  return missed
}

function sortValue(person: QueriedRollUpPerson, key: string): string | number | null {
  if (key === 'name') return person.name
  if (key === 'email') return person.email
  if (key === 'attended') return person.instancesAttended
  if (key === 'missed') return missedSessions(person)
  if (key === 'totalMinutes') return person.totalMinutes
  const session = Number(key.slice('session-'.length))
  return person.minutes[session] ?? null
}

/**
 * The indexes of the people to show, in the order to show them. The input is taken in name
 * order, as main sends it; ties keep that order and blanks sort last whichever way.
 */
export function queryRollUp(people: readonly QueriedRollUpPerson[], query: RollUpQuery): number[] {
  const needle = query.search.trim().toLowerCase()
  const shown: number[] = []
  people.forEach((p, index) => {
    if (p.instancesAttended < query.minAttended) return
    if (p.host && !query.includeHost) return
    if (
      needle !== '' &&
      !p.name.toLowerCase().includes(needle) &&
      !p.email.toLowerCase().includes(needle)
    ) {
      return
    }
    shown.push(index)
  })
  const { key, descending } = query.sort
  if (key === 'name' && !descending) return shown
  const values = new Map(shown.map((index) => [index, sortValue(people[index]!, key)]))
  return shown.sort((a, b) => {
    const x = values.get(a) ?? null
    const y = values.get(b) ?? null
    const order = compare(x, y)
    if (order !== 0 && x !== null && y !== null) return descending ? -order : order
    return order !== 0 ? order : a - b
  })
}

/**
 * An independent, deliberately plain calculation of what the attendance CSV must say, straight
 * from the simulator's raw rows. It shares no code with src/main/attendance on purpose.
 */
import type {
  RunningSimulator,
  SimParticipantRow,
  SimRegistrant
} from '../../../../src/main/simulator'

// A type, not an interface, so rows fit Record<string, string> like parsed CSV records.
export type ExpectedRow = {
  'Meeting ID': string
  'Meeting UUID': string
  Name: string
  Email: string
  Registered: string
  'Registration Status': string
  Status: string
  'First Join (UTC)': string
  'Last Leave (UTC)': string
  'Minutes Attended': string
  'Attendance %': string
  Joins: string
}

export const comparedColumns = [
  'Meeting ID',
  'Meeting UUID',
  'Name',
  'Email',
  'Registered',
  'Registration Status',
  'Status',
  'First Join (UTC)',
  'Last Leave (UTC)',
  'Minutes Attended',
  'Attendance %',
  'Joins'
] as const

interface Person {
  rows: SimParticipantRow[]
  registrant?: SimRegistrant
}

/** Excel formula guard: text starting with = + - @ gets a leading apostrophe. */
export function guarded(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

function rowKey(row: SimParticipantRow): string | null {
  if (row.registrantId) return `r:${row.registrantId}`
  if (row.email) return `e:${row.email.toLowerCase()}`
  if (row.id) return `u:${row.id}`
  return null
}

function nameOf(text: string): string {
  return text.trim().replace(/\s+/g, ' ').normalize('NFC').toLowerCase()
}

/** Device names, call-in numbers and single first names identify nobody (issue 17). */
function isWeak(text: string): boolean {
  const name = nameOf(text)
  if (/(^|[\s'’])(iphone|ipad|android|galaxy|phone)\b/.test(name) || /^zoom user/.test(name)) {
    return true
  }
  if (/^[+(\d][\d\s().*#+-]*$/.test(name)) return true
  const words = name.split(' ').filter((word) => /\p{L}/u.test(word))
  return words.length <= 1 && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(name)
}

/** The registrants Zoom lists for this instance: its occurrence's, or the meeting's. */
export function instanceRegistrants(sim: RunningSimulator, uuid: string): SimRegistrant[] {
  const instance = sim.org.findInstance(uuid)
  if (!instance) throw new Error(`no instance ${uuid}`)
  return sim.org
    .registrants(instance.meetingId)
    .filter((r) => !r.occurrenceId || r.occurrenceId === instance.occurrenceId)
}

export function expectedAttendance(
  sim: RunningSimulator,
  uuid: string,
  threshold = 75
): ExpectedRow[] {
  const instance = sim.org.findInstance(uuid)
  if (!instance) throw new Error(`no instance ${uuid}`)
  const meetingSeconds = Math.round((instance.endTime - instance.startTime) / 1000)
  const people = new Map<string, Person>()
  for (const registrant of instanceRegistrants(sim, uuid)) {
    people.set(`r:${registrant.id}`, { rows: [], registrant })
  }
  const nameOnly: SimParticipantRow[] = []
  for (const row of sim.org.participants(uuid)) {
    const key = rowKey(row)
    if (key === null) {
      nameOnly.push(row)
      continue
    }
    const person = people.get(key) ?? { rows: [] }
    person.rows.push(row)
    people.set(key, person)
  }
  // A row with only a name joins the one identified person of that name, if exactly one; a
  // weak name joins nobody, so each such row is its own person.
  for (const [index, row] of nameOnly.entries()) {
    if (isWeak(row.name)) {
      people.set(`w:${index}`, { rows: [row] })
      continue
    }
    const sameName = [...people.values()].filter((p) => displayNames(p).has(nameOf(row.name)))
    if (sameName.length === 1) sameName[0]?.rows.push(row)
    else {
      const key = `n:${nameOf(row.name)}`
      const person = people.get(key) ?? { rows: [] }
      person.rows.push(row)
      people.set(key, person)
    }
  }
  return [...people.values()]
    .map((person) => expectedRow(person, meetingSeconds, threshold, uuid))
    .map((row) => ({ ...row, 'Meeting ID': String(instance.meetingId) }))
}

function displayNames(person: Person): Set<string> {
  const names = new Set(person.rows.map((row) => nameOf(row.name)))
  if (person.registrant) {
    names.add(nameOf(`${person.registrant.firstName} ${person.registrant.lastName}`))
  }
  return names
}

function expectedRow(
  person: Person,
  meetingSeconds: number,
  threshold: number,
  uuid: string
): ExpectedRow {
  const registrant = person.registrant
  const firstRow = person.rows[0]
  const name = registrant
    ? `${registrant.firstName} ${registrant.lastName}`.trim()
    : (firstRow?.name ?? '')
  const email = (registrant?.email ?? person.rows.find((r) => r.email)?.email ?? '').toLowerCase()
  const inMeeting = person.rows.filter((row) => row.status === 'in_meeting')
  const base = {
    'Meeting ID': '',
    // A UUID can start with + or - (base64), so the CSV guards it like any other text.
    'Meeting UUID': guarded(uuid),
    Name: guarded(name),
    Email: email,
    Registered: registrant ? 'Yes' : 'No',
    'Registration Status': registrant?.status ?? ''
  }
  if (inMeeting.length === 0) {
    return {
      ...base,
      Status: person.rows.length > 0 ? 'Waiting room only' : 'Absent',
      'First Join (UTC)': '',
      'Last Leave (UTC)': '',
      'Minutes Attended': '0',
      'Attendance %': '0',
      Joins: '0'
    }
  }
  // Time in the meeting = the union of the sessions, so two devices at once count once.
  const sorted = [...inMeeting].sort((a, b) => a.joinTime - b.joinTime)
  let totalMs = 0
  let start = sorted[0]?.joinTime ?? 0
  let end = sorted[0]?.leaveTime ?? 0
  for (const row of sorted.slice(1)) {
    if (row.joinTime > end) {
      totalMs += end - start
      start = row.joinTime
      end = row.leaveTime
    } else end = Math.max(end, row.leaveTime)
  }
  totalMs += end - start
  const seconds = Math.round(totalMs / 1000)
  const minutes = Math.round((seconds / 60) * 10) / 10
  const percent = Math.min(100, Math.round((100 * seconds) / meetingSeconds))
  return {
    ...base,
    Status: percent >= threshold ? 'Attended' : 'Partial',
    'First Join (UTC)': iso(Math.min(...inMeeting.map((r) => r.joinTime))),
    'Last Leave (UTC)': iso(Math.max(...inMeeting.map((r) => r.leaveTime))),
    'Minutes Attended': String(minutes),
    'Attendance %': String(percent),
    Joins: String(inMeeting.length)
  }
}

/** Rows as comparable text, sorted, so order differences don't hide content differences. */
export function canonical(rows: readonly Record<string, string>[]): string[] {
  return rows.map((row) => comparedColumns.map((column) => row[column] ?? '').join(' | ')).sort()
}

/**
 * The person, people-list and programme exports: one header row of plain words, IDs as text,
 * times in UTC or the chosen zone (the zone is in the header, or in the value's offset).
 */
import { buildCsvTable, createTimeFormatter, yesNo, type CsvColumn } from '../csv'
import type { PersonHistory } from './person-history'
import type { PeopleListRow } from './people-list'
import type { ProgrammePerson } from './programme-rule'
import type { SessionOutcome } from './session-outcome'

type Table = ReturnType<typeof buildCsvTable>

export function personCsvTable(history: PersonHistory, timeZone?: string | null): Table {
  const time = createTimeFormatter(timeZone)
  const columns: CsvColumn<SessionOutcome>[] = [
    { header: 'Name', value: () => history.name },
    { header: 'Email', value: () => history.email },
    { header: 'Meeting ID', value: (o) => o.session.meetingId },
    { header: 'Meeting UUID', value: (o) => o.session.uuid },
    { header: 'Topic', value: (o) => o.session.topic },
    { header: `Meeting Start (${time.zoneLabel})`, value: (o) => time.format(o.session.startMs) },
    { header: 'Registered', value: (o) => yesNo(o.registered) },
    { header: 'Status', value: (o) => o.status },
    { header: 'Minutes Attended', value: (o) => o.minutes },
    { header: 'Attendance %', value: (o) => o.percent },
    { header: 'Matched By', value: (o) => o.rule },
    {
      header: `Gone From Zoom Since (${time.zoneLabel})`,
      value: (o) => time.format(o.session.goneSinceMs)
    }
  ]
  return buildCsvTable(columns, history.sessions)
}

export function peopleListCsvTable(
  rows: readonly PeopleListRow[],
  timeZone?: string | null
): Table {
  const time = createTimeFormatter(timeZone)
  const columns: CsvColumn<PeopleListRow>[] = [
    { header: 'Name', value: (r) => r.name },
    { header: 'Email', value: (r) => r.email },
    { header: 'Sessions Attended', value: (r) => r.sessionsAttended },
    { header: 'Minutes', value: (r) => r.minutes },
    { header: 'Registered But Absent', value: (r) => r.registeredAbsent },
    { header: `First Seen (${time.zoneLabel})`, value: (r) => time.format(r.firstSeenMs) },
    { header: `Last Seen (${time.zoneLabel})`, value: (r) => time.format(r.lastSeenMs) }
  ]
  return buildCsvTable(columns, rows)
}

export function programmeCsvTable(
  people: readonly ProgrammePerson[],
  timeZone?: string | null
): Table {
  const time = createTimeFormatter(timeZone)
  const columns: CsvColumn<ProgrammePerson>[] = [
    { header: 'Name', value: (p) => p.name },
    { header: 'Email', value: (p) => p.email },
    { header: 'Completed', value: (p) => yesNo(p.status === 'Completed') },
    // The qualifying session's start, with its offset, so the zone travels with the value.
    { header: 'Completed On', value: (p) => time.format(p.completedOnMs) },
    { header: 'Status', value: (p) => p.status },
    { header: 'Sessions', value: (p) => p.qualifying },
    { header: 'Sessions Needed', value: (p) => p.needed },
    { header: 'Sessions Attended', value: (p) => p.sessionsAttended },
    { header: 'Sessions Registered', value: (p) => p.sessionsRegistered },
    { header: 'Minutes', value: (p) => p.minutes },
    { header: `Last Seen (${time.zoneLabel})`, value: (p) => time.format(p.lastSeenMs) }
  ]
  return buildCsvTable(columns, people)
}

import { describe, expect, it } from 'vitest'
import {
  rollUp,
  type InstanceAttendance,
  type ReportParticipantRow
} from '../../../../src/main/attendance/engine'
import { rollUpCsvTable } from '../../../../src/main/attendance/csv/roll-up-csv'
import { row, weeklySession } from './fixtures'

/** One week of the series; Ana is the one registrant. */
function instance(weeks: number, rows: ReportParticipantRow[], uuid: string): InstanceAttendance {
  return weeklySession(weeks, rows, uuid, {
    registrants: [
      { id: 'R1', email: 'ana@x.org', first_name: 'Ana', last_name: 'Okafor', status: 'approved' }
    ]
  })
}

// Week 1 (listed second to check ordering): Ana via registrant id; Bo signed in; guest Cy by name.
const weekTwo = instance(
  1,
  [
    row(0, 30, { registrant_id: 'R1' }),
    row(0, 60, { id: 'U2', name: 'Bo' }),
    row(0, 6, { name: 'Cy Young' })
  ],
  'w2'
)
// Week 0: Ana via email only; Bo by email and user id; Cy again by name.
const weekOne = instance(
  0,
  [
    row(0, 60, { user_email: 'ANA@x.org' }),
    row(0, 15, { id: 'U2', user_email: 'bo@x.org', name: 'Bo' }),
    row(0, 12, { name: 'cy young' })
  ],
  'w1'
)

describe('rollUp long', () => {
  it('has one row per person per instance, by name then start', () => {
    const result = rollUp([weekTwo, weekOne], 'long')
    if (result.layout !== 'long') throw new Error('wrong layout')
    expect(result.instances.map((m) => m.uuid)).toEqual(['w1', 'w2'])
    expect(result.rows.map((r) => `${r.person.name}/${r.meeting.uuid}`)).toEqual([
      'Ana Okafor/w1',
      'Ana Okafor/w2',
      'Bo/w2', // no email that week, and Name then Email is the documented order
      'Bo/w1',
      'cy young/w1',
      'Cy Young/w2'
    ])
    const table = rollUpCsvTable(result)
    expect(table.headers[3]).toBe('Meeting Start (UTC)')
    expect(table.rows).toHaveLength(6)
  })
})

describe('rollUp matrix', () => {
  const result = rollUp([weekTwo, weekOne], 'matrix')
  const table = rollUpCsvTable(result)

  it('labels one column per instance with its UTC start, oldest first', () => {
    expect(table.headers).toEqual([
      'Name',
      'Email',
      'Sessions Attended',
      'Total Minutes',
      '2026-10-05 17:00 UTC',
      '2026-10-12 17:00 UTC',
      'Matched By',
      'Needs Review'
    ])
  })

  it('matches people across instances by email, user id and name', () => {
    expect(table.rows).toEqual([
      ['Ana Okafor', 'ana@x.org', 2, 90, 60, 30, 'registration link, email', 'No'],
      ['Bo', 'bo@x.org', 2, 75, 15, 60, 'email, Zoom account', 'No'],
      ['Cy Young', '', 2, 18, 12, 6, 'display name only', 'No']
    ])
  })

  it('never links two weeks by a weak name: each week’s "iPhone" is its own row', () => {
    const phones = rollUp(
      [
        instance(0, [row(0, 30, { name: 'iPhone' })], 'p1'),
        instance(1, [row(0, 20, { name: 'iPhone' })], 'p2')
      ],
      'matrix'
    )
    const rows = rollUpCsvTable(phones).rows.filter((r) => r[0] === 'iPhone')
    expect(rows).toEqual([
      ['iPhone', '', 1, 30, 30, 0, 'display name only', 'No'],
      ['iPhone', '', 1, 20, 0, 20, 'display name only', 'No']
    ])
  })

  it('shows 0 for an instance the person missed', () => {
    const missed = rollUpCsvTable(rollUp([weekOne, instance(1, [], 'w2')], 'matrix'))
    expect(missed.rows.find((r) => r[0] === 'Bo')?.slice(0, 6)).toEqual([
      'Bo',
      'bo@x.org',
      1,
      15,
      15,
      0
    ])
  })

  it('labels columns in the chosen zone and keeps repeated labels distinct', () => {
    const same = rollUpCsvTable(
      rollUp([weekOne, { ...weekOne, meeting: { ...weekOne.meeting, uuid: 'again' } }], 'matrix'),
      {
        timeZone: 'America/New_York'
      }
    )
    expect(same.headers.slice(4, 6)).toEqual([
      '2026-10-05 13:00 America/New_York',
      '2026-10-05 13:00 America/New_York (2)'
    ])
  })
})

import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { attendanceCsvRows } from '../../../../src/main/attendance/csv/attendance-csv'
import { computeInstanceAttendance } from '../../../../src/main/attendance/engine'
import { toCsvString } from '../../../../src/main/csv'
import { hourMeeting, row } from '../engine/fixtures'

const result = computeInstanceAttendance({
  meeting: { ...hourMeeting, topic: '=Board meeting, Q4' },
  source: 'report',
  registrants: [
    { id: 'R1', email: 'ana@x.org', first_name: 'Ana', last_name: 'Okafor', status: 'approved' }
  ],
  participants: [
    row(0, 45, { registrant_id: 'R1', name: 'Ana' }),
    row(0, 10, { name: '@everyone', user_email: '' })
  ]
})

function parsed(timeZone?: string): string[][] {
  return parse(toCsvString(attendanceCsvRows(result, { timeZone })), { bom: true })
}

describe('attendance CSV', () => {
  it('has exactly the documented columns in order', () => {
    expect(parsed()[0].join(',')).toBe(
      'Meeting ID,Meeting UUID,Topic,Meeting Start (UTC),Name,Email,Registered,Registration Status,Status,First Join (UTC),Last Leave (UTC),Minutes Attended,Attendance %,Joins,Matched By,Checks,Needs Review'
    )
  })

  it('writes one row per person, sorted by name, with escaped text and plain numbers', () => {
    const [, first, second] = parsed()
    expect(first).toEqual([
      '85746065432',
      'abc123==',
      "'=Board meeting, Q4",
      '2026-10-05T17:00:00Z',
      "'@everyone",
      '',
      'No',
      '',
      'Partial',
      '2026-10-05T17:00:00Z',
      '2026-10-05T17:10:00Z',
      '10',
      '17',
      '1',
      'display name only',
      'device or first name only, not merged by name',
      'No'
    ])
    expect(second.slice(4, 17)).toEqual([
      'Ana Okafor',
      'ana@x.org',
      'Yes',
      'approved',
      'Attended',
      '2026-10-05T17:00:00Z',
      '2026-10-05T17:45:00Z',
      '45',
      '75',
      '1',
      'registration link',
      '',
      'No'
    ])
  })

  it('renames time headers and converts times for a chosen zone', () => {
    const [headers, first] = parsed('America/Los_Angeles')
    expect(headers[3]).toBe('Meeting Start (America/Los_Angeles)')
    expect(headers[9]).toBe('First Join (America/Los_Angeles)')
    expect(headers[10]).toBe('Last Leave (America/Los_Angeles)')
    expect(first[3]).toBe('2026-10-05T10:00:00-07:00')
  })

  it('leaves blank cells for values the fallback source cannot give', () => {
    const fallback = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'past-participants',
      participants: [{ id: 'U1', name: 'Signed In', user_email: 'in@x.org' }]
    })
    const [, only] = parse(toCsvString(attendanceCsvRows(fallback)), { bom: true }) as string[][]
    expect(only.slice(8)).toEqual(['Joined', '', '', '', '', '1', 'email', '', 'No'])
  })
})

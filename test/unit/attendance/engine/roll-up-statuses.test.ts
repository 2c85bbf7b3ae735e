import { describe, expect, it } from 'vitest'
import { rollUp } from '../../../../src/main/attendance/engine'
import type {
  InstanceAttendance,
  ReportParticipantRow
} from '../../../../src/main/attendance/engine'
import { row, weeklySession } from './fixtures'

// What the window's matrix needs beyond minutes: each session's status (registered-but-absent
// is not the same as not registered), the host, and matches made on a display name only.

function session(weeks: number, rows: ReportParticipantRow[], uuid: string): InstanceAttendance {
  return weeklySession(weeks, rows, uuid, {
    registrants: [
      {
        id: 'R1',
        email: 'ana@x.org',
        first_name: 'Ana',
        last_name: 'Okafor',
        status: 'approved',
        create_time: '2026-09-30T08:00:00Z'
      }
    ],
    meeting: { user_email: 'Host@X.org' }
  })
}

const first = session(
  0,
  [
    row(0, 60, { user_email: 'host@x.org', name: 'The Host' }),
    row(0, 60, { registrant_id: 'R1' }),
    row(0, 30, { name: 'Guest Cy' })
  ],
  'w1'
)
const second = session(
  1,
  [row(0, 60, { user_email: 'host@x.org', name: 'The Host' }), row(0, 50, { name: 'guest cy' })],
  'w2'
)

describe('the roll-up matrix, session by session', () => {
  const result = rollUp([first, second], 'matrix')
  if (result.layout !== 'matrix') throw new Error('wrong layout')
  const byName = (name: string) => result.rows.find((r) => r.name === name)!

  it('keeps each session’s status, Absent for a registrant who did not come', () => {
    expect(byName('Ana Okafor').statuses).toEqual(['Attended', 'Absent'])
    expect(byName('Ana Okafor').entries.map((e) => e.length)).toEqual([1, 1])
  })

  it('leaves a session blank (null) for someone neither registered nor there', () => {
    const lonely = rollUp([first, session(1, [], 'w2')], 'matrix')
    if (lonely.layout !== 'matrix') throw new Error('wrong layout')
    expect(lonely.rows.find((r) => r.name === 'The Host')!.statuses).toEqual(['Attended', null])
  })

  it('marks the host by the email Zoom gives for the meeting', () => {
    expect(result.rows.filter((r) => r.isHost).map((r) => r.name)).toEqual(['The Host'])
  })

  it('flags people tied together by their display name only', () => {
    expect(byName('guest cy').nameOnly).toBe(true)
    expect(byName('Ana Okafor').nameOnly).toBe(false)
  })

  it('keeps when each registrant registered', () => {
    expect(first.people.find((p) => p.name === 'Ana Okafor')!.registeredAtMs).toBe(
      Date.parse('2026-09-30T08:00:00Z')
    )
  })
})

import { describe, expect, it } from 'vitest'
import {
  computeInstanceAttendance,
  readSession,
  type PersonAttendance
} from '../../../../src/main/attendance/engine'
import { at, hourMeeting, row } from './fixtures'

function onlyPerson(
  rows: Parameters<typeof computeInstanceAttendance>[0]['participants']
): PersonAttendance {
  const result = computeInstanceAttendance({
    meeting: hourMeeting,
    participants: rows,
    source: 'report'
  })
  expect(result.people).toHaveLength(1)
  return result.people[0]
}

describe('minutes, sessions and times', () => {
  it('counts overlapping devices once (union of intervals)', () => {
    // Laptop 0–30, phone 20–40, rejoin 50–55: union is 0–40 and 50–55 = 45 minutes.
    const person = onlyPerson([
      row(50, 55, { user_email: 'a@x' }),
      row(0, 30, { user_email: 'a@x' }),
      row(20, 40, { user_email: 'a@x' })
    ])
    expect(person.attendedSeconds).toBe(45 * 60)
    expect(person.minutesAttended).toBe(45)
    expect(person.sessions).toBe(3)
    expect(person.firstJoinMs).toBe(Date.parse(at(0)))
    expect(person.lastLeaveMs).toBe(Date.parse(at(55)))
  })

  it('counts a session nested inside another once', () => {
    const person = onlyPerson([row(0, 40, { id: 'U1' }), row(10, 20, { id: 'U1' })])
    expect(person.minutesAttended).toBe(40)
  })

  it('rounds minutes to one decimal', () => {
    const person = onlyPerson([row(0, 10 + 25 / 60, { id: 'U1' })]) // 10 min 25 s
    expect(person.minutesAttended).toBe(10.4)
  })

  it('ignores waiting-room rows for minutes, sessions and first join', () => {
    const person = onlyPerson([
      row(-5, 2, { id: 'U1', status: 'in_waiting_room' }),
      row(2, 32, { id: 'U1' })
    ])
    expect(person.minutesAttended).toBe(30)
    expect(person.sessions).toBe(1)
    expect(person.firstJoinMs).toBe(Date.parse(at(2)))
    expect(person.audit.sessions).toHaveLength(2)
  })

  it('derives a missing leave time from join time + duration (seconds)', () => {
    const person = onlyPerson([
      { id: 'U1', name: 'A', join_time: at(0), leave_time: '', duration: 900 }
    ])
    expect(person.minutesAttended).toBe(15)
    expect(person.lastLeaveMs).toBe(Date.parse(at(15)))
  })

  it('drops a row Zoom sent twice', () => {
    const twice = row(0, 30, { id: 'U1', user_id: '1001' })
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      participants: [twice, { ...twice }],
      source: 'report'
    })
    expect(result.people[0].sessions).toBe(1)
    expect(result.summary.duplicateRowsDropped).toBe(1)
  })
})

describe('status and percent', () => {
  function statusFor(minutes: number, thresholdPercent?: number) {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      participants: [row(0, minutes, { user_email: 'a@x' })],
      source: 'report',
      thresholdPercent
    })
    const [p] = result.people
    return { status: p.status, percent: p.attendancePercent }
  }

  it('is Attended at exactly the 75% threshold and Partial just below', () => {
    expect(statusFor(45)).toEqual({ status: 'Attended', percent: 75 })
    expect(statusFor(44)).toEqual({ status: 'Partial', percent: 73 })
    // 74.6% is shown as 75%, so it must not be labelled Partial.
    expect(statusFor(44.75)).toEqual({ status: 'Attended', percent: 75 })
  })

  it('applies a custom threshold', () => {
    expect(statusFor(30, 50).status).toBe('Attended')
    expect(statusFor(29, 50).status).toBe('Partial')
  })

  it('caps the percent at 100 when someone stays past the end', () => {
    const person = onlyPerson([row(-10, 70, { id: 'U1' })])
    expect(person.minutesAttended).toBe(80)
    expect(person.attendancePercent).toBe(100)
  })

  it('rejects a threshold outside 0–100 with a plain error', () => {
    expect(() =>
      computeInstanceAttendance({
        meeting: hourMeeting,
        participants: [],
        source: 'report',
        thresholdPercent: 150
      })
    ).toThrow(/0 to 100/)
  })

  it('labels registrants who never came Absent and waiting-room-only people as such', () => {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'report',
      registrants: [
        { id: 'R1', email: 'no@x.org', first_name: 'No', last_name: 'Show', status: 'approved' },
        { id: 'R2', email: 'wait@x.org', first_name: 'Wai', last_name: 'Ting', status: 'pending' },
        { id: 'R3', email: 'den@x.org', first_name: 'Den', status: 'denied' }
      ],
      participants: [
        row(0, 5, { registrant_id: 'R2', status: 'in_waiting_room' }),
        row(0, 60, { name: 'Walk In' })
      ]
    })
    const byName = Object.fromEntries(result.people.map((p) => [p.name, p]))
    expect(byName['No Show']).toMatchObject({
      status: 'Absent',
      registered: true,
      registrationStatus: 'approved',
      sessions: 0,
      minutesAttended: 0
    })
    expect(byName['Wai Ting']).toMatchObject({
      status: 'Waiting room only',
      registrationStatus: 'pending'
    })
    expect(byName['Den']).toMatchObject({ status: 'Absent', registrationStatus: 'denied' })
    expect(byName['Walk In']).toMatchObject({
      status: 'Attended',
      registered: false,
      registrationStatus: null
    })
    expect(result.summary).toMatchObject({
      people: 4,
      registered: 3,
      attended: 1,
      partial: 0,
      absent: 2,
      walkIns: 1,
      waitingRoomOnly: 1,
      joined: 0,
      medianMinutes: 60
    })
  })
})

describe('fallback source without times', () => {
  it('leaves what cannot be computed blank and never invents minutes', () => {
    const result = computeInstanceAttendance({
      meeting: {
        id: '123',
        uuid: 'u==',
        topic: 'T',
        start_time: '2026-10-05T17:00:00Z',
        duration: 60
      },
      source: 'past-participants',
      registrants: [{ id: 'R1', email: 'reg@x.org', first_name: 'Reg', status: 'approved' }],
      participants: [
        { id: 'U1', name: 'Signed In', user_email: 'in@x.org' },
        { id: '', name: 'Gus Guest', user_email: '' },
        { id: '', name: 'Gus Guest', user_email: '' }
      ]
    })
    const byName = Object.fromEntries(result.people.map((p) => [p.name, p]))
    expect(byName['Signed In']).toMatchObject({
      status: 'Joined',
      minutesAttended: null,
      attendedSeconds: null,
      attendancePercent: null,
      firstJoinMs: null,
      lastLeaveMs: null,
      sessions: 1
    })
    expect(byName['Gus Guest'].sessions).toBe(2)
    expect(byName['Reg']).toMatchObject({ status: 'Absent', minutesAttended: 0 })
    expect(result.summary.medianMinutes).toBeNull()
    expect(result.summary.joined).toBe(2)
    expect(result.meeting.source).toBe('past-participants')
  })

  it('leaves the percent blank when the meeting end is unknown', () => {
    const result = computeInstanceAttendance({
      meeting: { id: 1, start_time: '2026-10-05T17:00:00Z' },
      source: 'report',
      participants: [row(0, 30, { id: 'U1' })]
    })
    expect(result.people[0]).toMatchObject({
      minutesAttended: 30,
      attendancePercent: null,
      status: 'Joined'
    })
  })
})

describe('names and messy input', () => {
  it('takes the name from the registration, else the name with the most time (ties: earliest)', () => {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'report',
      registrants: [
        { id: 'R1', email: 'a@x', first_name: ' Ana ', last_name: 'Okafor', status: 'approved' }
      ],
      participants: [
        row(0, 10, { registrant_id: 'R1', name: 'iPad' }),
        row(30, 40, { id: 'U2', name: 'Later  Name' }),
        row(0, 10, { id: 'U2', name: 'Early Name' })
      ]
    })
    // U2: 'Early Name' 0–10 and 'Later  Name' 30–40 tie on 10 minutes, so the earlier wins.
    expect(result.people.map((p) => p.name)).toEqual(['Ana Okafor', 'Early Name'])
  })

  it('never crashes on missing, empty or wrongly typed fields', () => {
    const junk = [
      {},
      { join_time: 'not a time', leave_time: '12/22/2021 16:20', duration: 'abc' },
      { name: null, user_email: null, id: null, duration: -5 },
      null,
      { join_time: at(10), leave_time: at(5), name: 'Backwards' }
    ] as never[]
    const result = computeInstanceAttendance({
      meeting: {} as never,
      participants: junk,
      registrants: [{} as never, null as never],
      source: 'report'
    })
    expect(result.meeting).toMatchObject({ id: '', uuid: '', startMs: null, endMs: null })
    expect(result.people.length).toBeGreaterThan(0)
    // Leave before join with the meeting's end unknown: 0 minutes, flagged (time-rules.ts).
    const backwards = result.people.find((p) => p.name === 'Backwards')
    expect(backwards?.minutesAttended).toBe(0)
    expect(backwards?.audit.flags).toContain('leave-before-join')
  })

  it('keeps the meeting id as text', () => {
    const result = computeInstanceAttendance({
      meeting: { ...hourMeeting, id: '98765432109876543' },
      participants: [],
      source: 'report'
    })
    expect(result.meeting.id).toBe('98765432109876543')
  })

  it('sorts people by name, then email, ignoring case and accents', () => {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'report',
      participants: [
        row(0, 1, { name: 'bob', user_email: 'z@x' }),
        row(0, 1, { name: 'Émile', user_email: 'e@x' }),
        row(0, 1, { name: 'Bob', user_email: 'a@x' }),
        row(0, 1, { name: 'alice', user_email: 'q@x' }),
        row(0, 1, { name: 'Zed', user_email: 'y@x' })
      ]
    })
    expect(result.people.map((p) => `${p.name} ${p.email}`)).toEqual([
      'alice q@x',
      'Bob a@x',
      'bob z@x',
      'Émile e@x',
      'Zed y@x'
    ])
  })
})

describe('readSession (audit view of a raw row)', () => {
  it('reads a row into plain values', () => {
    expect(
      readSession(row(0, 15, { id: 'U1', user_email: ' A@X.org', status: 'in_waiting_room' }))
    ).toMatchObject({
      joinMs: Date.parse(at(0)),
      leaveMs: Date.parse(at(15)),
      durationSeconds: 900,
      inWaitingRoom: true,
      counted: false,
      email: 'a@x.org',
      zoomUserId: 'U1'
    })
  })
})

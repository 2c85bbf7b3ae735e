/** The six defects of issue 17, on hand-computed meetings (identity-cases.ts). */
import { describe, expect, it } from 'vitest'
import {
  computeInstanceAttendance,
  readSession,
  type InstanceAttendance,
  type PersonAttendance
} from '../../../../src/main/attendance/engine'
import { at, hourMeeting } from './fixtures'
import * as cases from './identity-cases'

function compute(c: cases.IdentityCase, meeting = hourMeeting): InstanceAttendance {
  return computeInstanceAttendance({ meeting, source: 'report', ...c })
}

function figures(person: PersonAttendance) {
  return {
    name: person.name,
    minutes: person.minutesAttended,
    percent: person.attendancePercent,
    status: person.status
  }
}

describe('1. weak names never merge people on their own', () => {
  it('two guests named "iPhone" at overlapping times are two people', () => {
    const result = compute(cases.overlappingPhones)
    expect(result.people.map(figures)).toEqual([
      { name: 'iPhone', minutes: 40, percent: 67, status: 'Partial' },
      { name: 'iPhone', minutes: 40, percent: 67, status: 'Partial' }
    ])
    expect(new Set(result.people.map((p) => p.personId)).size).toBe(2)
    expect(result.people.every((p) => p.audit.flags.includes('weak-name'))).toBe(true)
    expect(result.summary.walkIns).toBe(2)
  })

  it('a signed-in user named "iPhone" keeps only their own minutes', () => {
    const result = compute(cases.signedInPhone)
    const byId = Object.fromEntries(result.people.map((p) => [p.personId, figures(p)]))
    expect(byId).toEqual({
      'e:pat@org.example': { name: 'iPhone', minutes: 20, percent: 33, status: 'Partial' },
      'n:iphone#1': { name: 'iPhone', minutes: 35, percent: 58, status: 'Partial' }
    })
  })
})

describe('2. renames', () => {
  it('a guest’s rename stays two people, with a "same person?" candidate', () => {
    const result = compute(cases.guestRename)
    expect(result.people.map(figures)).toEqual([
      { name: 'Sam Lee', minutes: 30, percent: 50, status: 'Partial' },
      { name: 'Samuel Lee', minutes: 29, percent: 48, status: 'Partial' }
    ])
    expect(result.reviewCandidates.map((c) => [c.kind, c.gapSeconds])).toEqual([['rename', 60]])
  })

  it('the same Zoom user id makes a rename one person', () => {
    const result = compute(cases.signedInRename)
    expect(result.people.map(figures)).toEqual([
      { name: 'Sam Lee', minutes: 59, percent: 98, status: 'Attended' }
    ])
    expect(result.reviewCandidates).toEqual([])
  })

  it('the same registrant id makes a rename one person', () => {
    const result = compute({
      registrants: [{ id: 'R9', email: 'sam@x.org', first_name: 'Sam', last_name: 'Lee' }],
      participants: cases.guestRename.participants.map((r) => ({ ...r, registrant_id: 'R9' }))
    })
    expect(result.people.map((p) => [p.name, p.minutesAttended, p.registered])).toEqual([
      ['Sam Lee', 59, true]
    ])
  })
})

describe('3. display name', () => {
  it('comes from the name with the most time, not the last device ("Sam’s iPad")', () => {
    const [sam] = compute(cases.samsIpad).people
    expect(figures(sam)).toEqual({ name: 'Sam Lee', minutes: 60, percent: 100, status: 'Attended' })
  })

  it('is the registration’s name when the rows are matched to one', () => {
    const result = compute({
      registrants: [{ id: 'R5', email: 'sam@x.org', first_name: 'Samantha', last_name: 'Lee' }],
      participants: cases.samsIpad.participants.map((r) => ({ ...r, registrant_id: 'R5' }))
    })
    expect(result.people.map((p) => p.name)).toEqual(['Samantha Lee'])
  })
})

describe('4. a missing leave and a leave before the join follow one rule', () => {
  it('both are clipped to the meeting’s end, flagged, with the same status', () => {
    const result = compute(cases.badLeaves)
    const shown = result.people.map((p) => ({
      ...figures(p),
      first: p.firstJoinMs,
      last: p.lastLeaveMs,
      flags: p.audit.flags
    }))
    const same = { minutes: 50, percent: 83, status: 'Attended' }
    const times = { first: Date.parse(at(10)), last: Date.parse(at(60)) }
    expect(shown).toEqual([
      { name: 'Bea Stone', ...same, ...times, flags: ['leave-before-join'] },
      { name: 'Mia Stone', ...same, ...times, flags: ['leave-missing'] }
    ])
  })

  it('both count 0 minutes when the meeting’s end is unknown, again with one status', () => {
    const noEnd = { ...hourMeeting, end_time: null, duration: null }
    const result = compute(cases.badLeaves, noEnd)
    expect(result.people.map((p) => [p.minutesAttended, p.status])).toEqual([
      [0, 'Joined'],
      [0, 'Joined']
    ])
    expect(result.people.every((p) => p.firstJoinMs === p.lastLeaveMs)).toBe(true)
  })

  it('the audit trail shows the settled times and the flag', () => {
    const [bea] = compute(cases.badLeaves).people
    const session = readSession(bea.audit.sessions[0], compute(cases.badLeaves).meeting)
    expect(session).toMatchObject({
      joinMs: Date.parse(at(10)),
      leaveMs: Date.parse(at(60)),
      counted: true,
      flags: ['leave-before-join']
    })
  })
})

describe('5. names compare in one Unicode form', () => {
  it('"José Núñez" precomposed and with combining accents is one person, shown in NFC', () => {
    const result = compute(cases.joseTwoForms)
    expect(result.people).toHaveLength(1)
    expect(result.people[0].name).toBe('Jos\u00e9 N\u00fa\u00f1ez')
    expect(result.people[0].minutesAttended).toBe(40)
  })

  it('folds case beyond lower-casing: STRASSE and Straße are one name', () => {
    const result = compute({
      participants: [
        { ...cases.joseTwoForms.participants[0], name: 'Anna Straße' },
        { ...cases.joseTwoForms.participants[1], name: 'ANNA STRASSE' }
      ]
    })
    expect(result.people).toHaveLength(1)
  })
})

describe('6. time outside the instance', () => {
  it('does not count beyond 15 minutes before the start or after the end, and is flagged', () => {
    const result = compute(cases.outsideInstance)
    const byEmail = Object.fromEntries(
      result.people.map((p) => [p.email, [p.minutesAttended, p.status, p.audit.flags]])
    )
    expect(byEmail).toEqual({
      'old@x.org': [0, 'Partial', ['outside-instance']],
      'long@x.org': [45, 'Attended', ['outside-instance']],
      'host@x.org': [61, 'Attended', []]
    })
    const old = result.people.find((p) => p.email === 'old@x.org')
    expect([old?.firstJoinMs, old?.lastLeaveMs]).toEqual([null, null])
    const long = result.people.find((p) => p.email === 'long@x.org')
    expect(long?.firstJoinMs).toBe(Date.parse(at(-15)))
  })
})

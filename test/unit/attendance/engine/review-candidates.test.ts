/** Each kind of review candidate the engine detects, with its evidence and stable key. */
import { describe, expect, it } from 'vitest'
import {
  computeInstanceAttendance,
  emailLinkKey,
  nameLinkKey,
  parseLinkKey,
  type InstanceAttendance,
  type ReviewCandidate
} from '../../../../src/main/attendance/engine'
import { at, hourMeeting, row } from './fixtures'
import * as cases from './identity-cases'

function compute(c: cases.IdentityCase): InstanceAttendance {
  return computeInstanceAttendance({ meeting: hourMeeting, source: 'report', ...c })
}

/** The evidence side by side: names, emails and row times as minutes after 17:00. */
function evidence(candidate: ReviewCandidate) {
  const minute = (iso: unknown): number => (Date.parse(String(iso)) - Date.parse(at(0))) / 60_000
  return candidate.sides.map((side) => ({
    name: side.name,
    email: side.email,
    registered: side.registered,
    rows: side.rows.map((r) => [r.name, minute(r.join_time), minute(r.leave_time)])
  }))
}

describe('review candidates', () => {
  it('name-only match to a registrant: merged, asked about, applies everywhere', () => {
    const result = compute(cases.nameOnlyRegistrant)
    expect(result.people).toHaveLength(1)
    expect(result.people[0]).toMatchObject({ registered: true, minutesAttended: 50 })
    const [candidate] = result.reviewCandidates
    expect(candidate).toMatchObject({
      kind: 'name-only-match',
      merged: true,
      scope: 'everywhere',
      key: nameLinkKey('Ann Lee', 'e:ann@x.org')
    })
    expect(evidence(candidate)).toEqual([
      { name: 'Ann Lee', email: 'ann@x.org', registered: true, rows: [] },
      { name: 'Ann Lee', email: '', registered: false, rows: [['Ann Lee', 0, 50]] }
    ])
    expect(result.people[0].audit.reviewKeys).toEqual([candidate.key])
  })

  it('name-only match to a signed-in person', () => {
    const result = compute(cases.nameOnlyKnown)
    expect(result.people.map((p) => p.minutesAttended)).toEqual([50])
    expect(result.reviewCandidates.map((c) => [c.kind, c.merged, c.gapSeconds])).toEqual([
      ['name-only-match', true, 600]
    ])
    expect(parseLinkKey(result.reviewCandidates[0].key)).toEqual({
      kind: 'name',
      name: 'bo chen',
      personKey: 'e:bo@x.org'
    })
  })

  it('two people named "iPhone" at the same time: weak-name-overlap, kept apart', () => {
    const [candidate] = compute(cases.overlappingPhones).reviewCandidates
    expect(candidate).toMatchObject({
      kind: 'weak-name-overlap',
      merged: false,
      scope: 'meeting',
      overlapSeconds: 1200,
      gapSeconds: null
    })
    expect(evidence(candidate).map((side) => side.rows)).toEqual([
      [['iPhone', 0, 40]],
      [['iPhone', 20, 60]]
    ])
  })

  it('the same weak name one after the other: weak-name-rejoin, kept apart', () => {
    const result = compute({
      participants: [row(0, 20, { name: 'Galaxy S21' }), row(30, 60, { name: 'galaxy s21' })]
    })
    expect(result.people).toHaveLength(2)
    expect(result.reviewCandidates.map((c) => [c.kind, c.gapSeconds])).toEqual([
      ['weak-name-rejoin', 600]
    ])
  })

  it('a rename: one leaves, another name joins a minute later', () => {
    const [candidate] = compute(cases.guestRename).reviewCandidates
    expect(candidate).toMatchObject({ kind: 'rename', merged: false, scope: 'meeting' })
    expect(evidence(candidate).map((side) => side.rows)).toEqual([
      [['Sam Lee', 0, 30]],
      [['Samuel Lee', 31, 60]]
    ])
  })

  it('no rename when two people could have been the one who left', () => {
    const result = compute({
      participants: [
        ...cases.guestRename.participants,
        row(5, 30.5, { name: 'Kim Ode', user_id: '303' })
      ]
    })
    expect(result.reviewCandidates.filter((c) => c.kind === 'rename')).toEqual([])
  })

  it('asks about a weak-named rejoin as such, not as a rename of whoever left before', () => {
    const result = compute({
      participants: [
        row(0, 30, { id: 'U1', user_email: 'vic@x.org', name: 'Vic Arroyo' }),
        row(5, 29.9, { name: '-x' }),
        row(30.2, 50, { name: '-x' })
      ]
    })
    expect(result.reviewCandidates.map((c) => c.kind)).toEqual(['weak-name-rejoin'])
  })

  it('a guest named like two known people: two same-name-guest candidates, kept apart', () => {
    const result = compute(cases.sharedName)
    expect(result.people).toHaveLength(3)
    expect(result.reviewCandidates.map((c) => [c.kind, c.merged, c.scope])).toEqual([
      ['same-name-guest', false, 'everywhere'],
      ['same-name-guest', false, 'everywhere']
    ])
    expect(result.reviewCandidates.map((c) => c.sides[0].email).sort()).toEqual([
      'pat.kim@x.org',
      'pkim@y.org'
    ])
  })

  it('a guest with a registrant’s first name only: same-name-guest, never attached', () => {
    const result = compute(cases.firstNameGuest)
    expect(result.people.map((p) => [p.name, p.registered, p.status])).toEqual([
      ['Sam', false, 'Attended'],
      ['Sam', true, 'Absent']
    ])
    const [candidate] = result.reviewCandidates
    expect(candidate).toMatchObject({ kind: 'same-name-guest', scope: 'meeting', merged: false })
    expect(evidence(candidate)[0]).toEqual({
      name: 'Sam',
      email: 'sam@x.org',
      registered: true,
      rows: []
    })
  })

  it('a signed-in "iPhone" and a guest "iPhone" at the same time: weak-name-overlap', () => {
    const result = compute({
      participants: [
        row(0, 40, { id: 'U9', user_email: 'pat@org.example', name: 'iPhone' }),
        row(30, 60, { name: 'iPhone' })
      ]
    })
    expect(result.reviewCandidates.map((c) => [c.kind, c.overlapSeconds])).toEqual([
      ['weak-name-overlap', 600]
    ])
  })

  it('a registrant matched only by a changed email domain', () => {
    const result = compute(cases.domainChange)
    expect(result.people.map((p) => [p.email, p.registered, p.status])).toEqual([
      ['ann@new.org', false, 'Attended'],
      ['ann@old.org', true, 'Absent']
    ])
    const [candidate] = result.reviewCandidates
    expect(candidate).toMatchObject({
      kind: 'email-domain-change',
      scope: 'everywhere',
      key: emailLinkKey('ann@old.org', 'ann@new.org')
    })
  })

  it('asks nothing about clear cases', () => {
    const result = compute({
      registrants: [{ id: 'R1', email: 'a@x.org', first_name: 'Ana', last_name: 'Okafor' }],
      participants: [
        row(0, 60, { registrant_id: 'R1', name: 'Ana Okafor' }),
        row(0, 60, { id: 'U1', user_email: 'b@x.org', name: 'Bo Chen' }),
        row(10, 20, { name: 'Cy Young' }),
        row(30, 40, { name: 'Cy Young' })
      ]
    })
    expect(result.reviewCandidates).toEqual([])
  })

  it('gives the same keys whatever order Zoom sends the rows in', () => {
    const all = [
      ...cases.overlappingPhones.participants,
      ...cases.guestRename.participants.map((r) => ({ ...r, name: `${r.name}` }))
    ]
    const keys = (rows: typeof all) =>
      compute({ participants: rows })
        .reviewCandidates.map((c) => c.key)
        .sort()
    expect(keys([...all].reverse())).toEqual(keys(all))
    expect(keys(all).length).toBe(2)
  })
})

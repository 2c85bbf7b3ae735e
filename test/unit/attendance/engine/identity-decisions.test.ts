/** A person's identity decisions, applied before the engine's own rules (the plug-in point). */
import { describe, expect, it } from 'vitest'
import {
  computeInstanceAttendance,
  parseLinkKey,
  rowsLinkKey,
  type IdentityDecisions,
  type InstanceAttendance
} from '../../../../src/main/attendance/engine'
import { hourMeeting, row } from './fixtures'
import * as cases from './identity-cases'

function compute(c: cases.IdentityCase, decisions?: IdentityDecisions): InstanceAttendance {
  return computeInstanceAttendance({ meeting: hourMeeting, source: 'report', ...c, decisions })
}

const keyOf = (c: cases.IdentityCase): string => compute(c).reviewCandidates[0].key

describe('answering a review candidate', () => {
  it('accepting a rename makes one person and is not asked again', () => {
    const key = keyOf(cases.guestRename)
    const result = compute(cases.guestRename, { accepted: [key] })
    expect(result.people.map((p) => [p.name, p.minutesAttended, p.status])).toEqual([
      ['Sam Lee', 59, 'Attended']
    ])
    expect(result.people[0].audit).toMatchObject({
      identityRule: 'decision',
      decisions: [key],
      reviewKeys: []
    })
    expect(result.people[0].audit.matchedBy).toContain('decision')
    expect(result.reviewCandidates).toEqual([])
  })

  it('rejecting a rename keeps two people and is not asked again', () => {
    const key = keyOf(cases.guestRename)
    const result = compute(cases.guestRename, { rejected: [key] })
    expect(result.people).toHaveLength(2)
    expect(result.reviewCandidates).toEqual([])
  })

  it('accepting a name-only match keeps it and records the decision', () => {
    const key = keyOf(cases.nameOnlyRegistrant)
    const result = compute(cases.nameOnlyRegistrant, { accepted: [key] })
    expect(result.people.map((p) => [p.registered, p.minutesAttended])).toEqual([[true, 50]])
    expect(result.people[0].audit.matchedBy).toEqual(['registrant', 'decision'])
    expect(result.people[0].audit.decisions).toEqual([key])
    expect(result.reviewCandidates).toEqual([])
  })

  it('rejecting a name-only match splits the guest from the registrant', () => {
    const key = keyOf(cases.nameOnlyRegistrant)
    const result = compute(cases.nameOnlyRegistrant, { rejected: [key] })
    expect(result.people.map((p) => [p.registered, p.status, p.minutesAttended])).toEqual([
      [false, 'Attended', 50],
      [true, 'Absent', 0]
    ])
    expect(result.reviewCandidates).toEqual([])
  })

  it('an accepted name link applies in another meeting too (everywhere scope)', () => {
    const key = keyOf(cases.nameOnlyKnown)
    // Next week Bo only joins as a guest: the decision still knows who "Bo Chen" is.
    const result = compute({ participants: [row(0, 45, { name: 'Bo Chen' })] }, { accepted: [key] })
    // The decision says who the guest is, so the row is shown under Bo's email.
    expect(result.people.map((p) => [p.email, p.audit.identityRule])).toEqual([
      ['bo@x.org', 'decision']
    ])
    expect(result.people[0].personId).toBe('e:bo@x.org')
  })

  it('accepting a weak-name overlap merges the two "iPhone"s (union 60 min)', () => {
    const key = keyOf(cases.overlappingPhones)
    const result = compute(cases.overlappingPhones, { accepted: [key] })
    expect(result.people.map((p) => p.minutesAttended)).toEqual([60])
  })

  it('accepting an email-domain change makes the walk-in the registrant', () => {
    const key = keyOf(cases.domainChange)
    const result = compute(cases.domainChange, { accepted: [key] })
    expect(result.people.map((p) => [p.email, p.registered, p.status])).toEqual([
      ['ann@old.org', true, 'Attended']
    ])
    expect(result.summary).toMatchObject({ registered: 1, walkIns: 0, absent: 0 })
  })

  it('undoing a decision (leaving it out) brings the question back', () => {
    const key = keyOf(cases.guestRename)
    expect(compute(cases.guestRename, { accepted: [] }).reviewCandidates.map((c) => c.key)).toEqual(
      [key]
    )
  })

  it('ignores keys it did not make, and rows links of other meetings', () => {
    const otherMeeting = rowsLinkKey(
      'another-uuid',
      ['row', '2026-10-05T17:00:00Z', '301', 'sam lee'],
      ['row', '2026-10-05T17:31:00Z', '302', 'samuel lee']
    )
    const result = compute(cases.guestRename, { accepted: ['not json', '["x"]', otherMeeting] })
    expect(result.people).toHaveLength(2)
    expect(parseLinkKey('{"kind":"name"}')).toBeNull()
  })
})

describe('aliases and splits', () => {
  it('a name alias attaches keyless rows to the known person’s email', () => {
    const result = compute(
      {
        participants: [row(0, 50, { name: 'Annie L' })],
        registrants: [cases.nameOnlyRegistrant.registrants![0]]
      },
      { aliases: [{ alias: 'annie l', email: 'Ann@X.org' }] }
    )
    expect(result.people.map((p) => [p.name, p.registered, p.audit.matchedBy])).toEqual([
      ['Ann Lee', true, ['registrant', 'alias']]
    ])
    expect(result.reviewCandidates).toEqual([])
  })

  it('an email alias joins two emails', () => {
    const result = compute(cases.domainChange, {
      aliases: [{ alias: 'ann@new.org', email: 'ann@old.org' }]
    })
    expect(result.people.map((p) => [p.registered, p.minutesAttended])).toEqual([[true, 50]])
  })

  it('a split separates two people sharing one account by the name on their rows', () => {
    expect(compute(cases.sharedAccount).people).toHaveLength(1)
    const result = compute(cases.sharedAccount, {
      splits: [{ personKey: 'e:family@x.org', name: 'Bo' }]
    })
    expect(result.people.map((p) => [p.name, p.email, p.minutesAttended])).toEqual([
      ['Ann', 'family@x.org', 30],
      ['Bo', '', 30]
    ])
    expect(result.people.find((p) => p.name === 'Bo')?.audit.decisions).toHaveLength(1)
  })

  it('a split limited to another meeting changes nothing here', () => {
    const result = compute(cases.sharedAccount, {
      splits: [{ personKey: 'e:family@x.org', name: 'Bo', meetingUuid: 'elsewhere' }]
    })
    expect(result.people).toHaveLength(1)
  })
})

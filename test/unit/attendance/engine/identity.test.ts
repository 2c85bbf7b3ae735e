import { describe, expect, it } from 'vitest'
import { computeInstanceAttendance } from '../../../../src/main/attendance/engine'
import {
  groupIdentities,
  identityRuleOrder,
  membersOf as groupMembers,
  type IdentityGrouping
} from '../../../../src/main/attendance/engine/identity'
import { hourMeeting, row } from './fixtures'

function columns(records: { r?: string; e?: string; u?: string; n?: string }[]) {
  return {
    registrantIds: records.map((x) => x.r ?? ''),
    emails: records.map((x) => x.e ?? ''),
    userIds: records.map((x) => x.u ?? ''),
    names: records.map((x) => x.n ?? '')
  }
}

function membersOf(grouping: IdentityGrouping): number[][] {
  const all = Array.from({ length: grouping.count }, (_, g) => groupMembers(grouping, g))
  return all.sort((a, b) => a[0] - b[0])
}

/** Each group's rule, groups ordered by their first record. */
function rulesOf(grouping: IdentityGrouping): string[] {
  return Array.from(grouping.rules, (rule) => identityRuleOrder[rule])
}

describe('groupIdentities', () => {
  it('joins records transitively through any shared strong key', () => {
    // 0 registration(r1, a@x) · 1 row(r1) · 2 row(a@x, u9) · 3 row(u9) · 4 unrelated(b@x)
    const groups = groupIdentities(
      columns([
        { r: 'r1', e: 'a@x' },
        { r: 'r1' },
        { e: 'a@x', u: 'u9' },
        { u: 'u9' },
        { e: 'b@x' }
      ])
    )
    expect(membersOf(groups)).toEqual([[0, 1, 2, 3], [4]])
  })

  it('records the strongest rule that actually linked records', () => {
    const groups = groupIdentities(
      columns([
        { r: 'r1', e: 'a@x' },
        { r: 'r1', e: 'a@x' },
        { e: 'c@x', u: 'u1' },
        { u: 'u1' },
        { n: 'solo' }
      ])
    )
    const rules = rulesOf(groups)
    expect(rules).toEqual(['registrant', 'user-id', 'name'])
  })

  it('uses a name only for records without a strong key', () => {
    // Two signed-in people called "pat" stay apart; a name-only "pat" can't pick one of them.
    const groups = groupIdentities(
      columns([{ u: 'u1', n: 'pat' }, { u: 'u2', n: 'pat' }, { n: 'pat' }, { n: 'pat' }])
    )
    expect(membersOf(groups)).toEqual([[0], [1], [2, 3]])
  })

  it('joins a name-only record to the one person who used that name', () => {
    const groups = groupIdentities(
      columns([{ e: 'a@x', n: 'ann lee' }, { n: 'ann lee' }, { n: 'bo' }])
    )
    expect(membersOf(groups)).toEqual([[0, 1], [2]])
    expect(rulesOf(groups)[groups.groupOf[1]]).toBe('name')
  })
})

describe('identity in computeInstanceAttendance', () => {
  it('merges a registrant-id row and an email row into the registration (transitive)', () => {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'report',
      registrants: [
        {
          id: 'R1',
          email: 'Ann@Example.org',
          first_name: 'Ann',
          last_name: 'Lee',
          status: 'approved'
        }
      ],
      participants: [
        row(0, 10, { registrant_id: 'R1', name: 'annie phone' }),
        row(20, 30, { user_email: ' ANN@example.org ', id: 'U7', name: 'Ann L' }),
        row(40, 50, { id: 'U7', name: 'Ann (tablet)' })
      ]
    })
    expect(result.people).toHaveLength(1)
    const [ann] = result.people
    expect(ann.name).toBe('Ann Lee')
    expect(ann.email).toBe('ann@example.org')
    expect(ann.sessions).toBe(3)
    expect(ann.audit.identityRule).toBe('registrant')
    expect(ann.audit.sessions).toHaveLength(3)
  })

  it('treats an `id` equal to a registrant id as the registration link', () => {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'report',
      registrants: [{ id: 'R5', email: 'b@x.org', first_name: 'Bo', status: 'approved' }],
      participants: [row(0, 60, { id: 'R5', name: 'guest' })]
    })
    expect(result.people).toHaveLength(1)
    expect(result.people[0].audit.identityRule).toBe('registrant')
  })

  it('prefers email over user id over name, case- and space-insensitively', () => {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'report',
      participants: [
        row(0, 10, { user_email: 'c@x.org', name: 'C' }),
        row(10, 20, { user_email: 'C@X.ORG', name: 'Cee' }),
        row(0, 10, { id: 'U1', name: 'Dee' }),
        row(10, 20, { participant_user_id: 'U1', name: 'Dee 2' }),
        row(0, 10, { name: '  Eve   Stone ' }),
        row(10, 20, { name: 'eve stone' })
      ]
    })
    const rules = Object.fromEntries(result.people.map((p) => [p.name, p.audit.identityRule]))
    // Names: each person's rows tie on minutes, so the first name used is shown.
    expect(rules).toEqual({ C: 'email', Dee: 'user-id', 'Eve Stone': 'name' })
  })

  it('keeps rows with no name, email or id apart (never merges strangers)', () => {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'report',
      participants: [row(0, 10), row(5, 15), row(20, 30)]
    })
    expect(result.people).toHaveLength(3)
    expect(new Set(result.people.map((p) => p.personId)).size).toBe(3)
    expect(result.people.every((p) => p.audit.identityRule === 'none')).toBe(true)
  })

  it('joins anonymous rows only when they share the per-meeting participant id', () => {
    const result = computeInstanceAttendance({
      meeting: hourMeeting,
      source: 'report',
      participants: [row(0, 10, { user_id: '501' }), row(20, 30, { user_id: '501' }), row(0, 5)]
    })
    expect(result.people.map((p) => p.sessions).sort()).toEqual([1, 2])
  })
})

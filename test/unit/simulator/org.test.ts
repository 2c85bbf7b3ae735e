import { describe, expect, it } from 'vitest'
import { quirkTags, SimulatedOrg } from '../../../src/main/simulator/index'

const now = Date.parse('2026-11-20T12:00:00Z')
const make = (seed = 1, extraPastMeetings = 0): SimulatedOrg =>
  new SimulatedOrg({ seed, users: 40, extraPastMeetings, now })

function snapshot(org: SimulatedOrg): unknown {
  const showcase = org.findQuirkMeeting('showcase')
  return {
    users: org.users,
    meetings: org.meetings.map(({ instances, ...m }) => ({
      ...m,
      instances: instances.map((i) => i.uuid)
    })),
    registrants: org.registrants(showcase.meeting.id).slice(0, 50),
    rows: org.participants(showcase.instance?.uuid as string)
  }
}

describe('generated org', () => {
  it('is deterministic: same seed and clock, same data', () => {
    expect(snapshot(make(7))).toEqual(snapshot(make(7)))
  })

  it('differs between seeds', () => {
    const a = make(1)
    const b = make(2)
    expect(a.users.map((u) => u.email)).not.toEqual(b.users.map((u) => u.email))
    expect(a.accountId).not.toBe(b.accountId)
  })

  it('generates participant rows the same way whatever order instances are read in', () => {
    const first = make(3)
    const second = make(3)
    const uuids = first.meetings.flatMap((m) => m.instances.map((i) => i.uuid))
    const forward = uuids.map((uuid) => first.participants(uuid).length)
    const backward = [...uuids]
      .reverse()
      .map((uuid) => second.participants(uuid).length)
      .reverse()
    expect(backward).toEqual(forward)
  })

  it('has ~40 users across statuses and license types, all with unique emails', () => {
    const org = make()
    expect(org.users).toHaveLength(40)
    const statuses = new Set(org.users.map((u) => u.status))
    expect([...statuses].sort()).toEqual(['active', 'inactive', 'pending'])
    expect(new Set(org.users.map((u) => u.type))).toEqual(new Set([1, 2]))
    expect(new Set(org.users.map((u) => u.email)).size).toBe(40)
  })

  it('plants every documented quirk', () => {
    const org = make()
    expect(org.quirkTags()).toEqual(quirkTags)
  })

  it('has UUIDs that start with "/" and contain "//"', () => {
    const org = make()
    expect(org.findQuirkMeeting('slash-uuid').instance?.uuid.startsWith('/')).toBe(true)
    expect(org.findQuirkMeeting('double-slash-uuid').instance?.uuid).toContain('//')
  })

  it('has a one-person meeting and a meeting with more than 300 rows', () => {
    const org = make()
    const single = org.findQuirkMeeting('one-person').meeting.instances[0]
    expect(org.participants(single?.uuid as string)).toHaveLength(1)
    const big = org.findQuirkMeeting('big-meeting').meeting.instances[0]
    expect(org.participants(big?.uuid as string).length).toBeGreaterThan(300)
  })

  it('keeps every instance between 5 and 300 distinct people, except the one-person meeting', () => {
    const org = make()
    const single = org.findQuirkMeeting('one-person').meeting.id
    for (const meeting of org.meetings) {
      if (meeting.id === single || meeting.kind === 'special') continue
      for (const instance of meeting.instances) {
        const people = org.uniqueParticipantCount(instance.uuid)
        expect(people).toBeGreaterThanOrEqual(5)
        expect(people).toBeLessThanOrEqual(300)
      }
    }
  })
})

describe('the showcase instance has every attendance quirk', () => {
  const org = make()
  const { meeting, instance } = org.findQuirkMeeting('showcase')
  const rows = org.participants(instance?.uuid as string)
  const inMeeting = rows.filter((r) => r.status === 'in_meeting')
  const key = (r: (typeof rows)[number]): string => r.email || r.registrantId || r.name

  it('rejoins: one person, several sequential rows', () => {
    const counts = new Map<string, number>()
    for (const row of inMeeting) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1)
    expect([...counts.values()].some((n) => n >= 2)).toBe(true)
  })

  it('two devices: overlapping rows for the same person', () => {
    const overlapping = inMeeting.some((a, i) =>
      inMeeting.some(
        (b, j) =>
          i !== j && key(a) === key(b) && a.joinTime < b.joinTime && b.joinTime < a.leaveTime
      )
    )
    expect(overlapping).toBe(true)
  })

  it('waiting-room rows, guests known only by registrant_id, walk-ins and no-shows', () => {
    expect(rows.some((r) => r.status === 'in_waiting_room')).toBe(true)
    expect(rows.some((r) => r.email === '' && r.id === '' && r.registrantId)).toBe(true)
    expect(rows.some((r) => r.email === '' && !r.registrantId && !r.internalUser)).toBe(true)
    const came = new Set(rows.map((r) => r.registrantId).filter(Boolean))
    const approved = org
      .registrants(meeting.id)
      .filter((r) => r.status === 'approved' && r.occurrenceId === instance?.occurrenceId)
    expect(approved.some((r) => !came.has(r.id))).toBe(true)
  })

  it('unicode and spreadsheet-formula display names', () => {
    const names = new Set(rows.map((r) => r.name))
    for (const name of ['José Núñez', '李小龙', 'Zoë 🌟', '=SUM(A1)', '+1 555', '@here', '-x'])
      expect(names).toContain(name)
  })

  it('internal users carry their Zoom id; external people do not', () => {
    const host = rows.find((r) => r.internalUser)
    expect(host?.id).toBe(meeting.hostId)
    expect(host?.participantUserId).toBe(meeting.hostId)
    for (const row of rows.filter((r) => !r.internalUser)) expect(row.id).toBe('')
  })
})

describe('size', () => {
  it('builds 10,000 extra past meetings lazily', () => {
    const org = make(5, 10_000)
    expect(org.meetings.length).toBeGreaterThan(10_000)
    const last = org.meetings.at(-1)
    expect(last?.instances).toHaveLength(1)
    expect(org.participants(last?.instances[0]?.uuid as string).length).toBeGreaterThanOrEqual(2)
  })
})

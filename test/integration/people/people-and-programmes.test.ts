// People and programmes over a hand-computed archive (see the fixture's header for who did
// what): each rule type, the four statuses, no-shows and walk-ins, and a session Zoom lost.
import { describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../../../src/main/archive'
import { readOutcomes } from '../../../src/main/people/archived-outcomes'
import { peopleList } from '../../../src/main/people/people-list'
import { personHistory } from '../../../src/main/people/person-history'
import { programmeReport, saveProgramme, listProgrammes } from '../../../src/main/people/programmes'
import { frequentNoShows, registrationCounts } from '../../../src/main/people/registration-counts'
import { archivePath, useTempFolder } from '../../support/archive/temp-archive'
import { ACCOUNT, SERIES, fillOnboarding, starts } from '../../support/people/onboarding-fixture'

const tempFolder = useTempFolder()

async function filled(): Promise<Archive> {
  const archive = await openArchive(archivePath(tempFolder()))
  await fillOnboarding(archive)
  return archive
}

const onboarding = {
  name: 'Onboarding',
  meetings: { kind: 'topic' as const, topic: 'onboarding' },
  rule: { kind: 'sessions' as const, minSessions: 1, minPercent: 75 }
}

describe('programmes', () => {
  it('gives each person a status under "any 1 session at ≥ 75%"', async () => {
    const archive = await filled()
    const report = await programmeReport(archive, ACCOUNT, onboarding)
    const byEmail = Object.fromEntries(report.people.map((p) => [p.email, p]))
    expect(byEmail['ann@example.org']).toMatchObject({
      status: 'Completed',
      completedOnMs: starts[1], // her second try
      qualifying: 1,
      sessionsAttended: 2,
      minutes: 80
    })
    expect(byEmail['dee@example.org']).toMatchObject({
      status: 'Completed',
      completedOnMs: starts[0] // the session Zoom no longer has still counts
    })
    expect(byEmail['walk@example.org']).toMatchObject({
      status: 'Completed',
      completedOnMs: starts[2]
    })
    expect(byEmail['bob@example.org']).toMatchObject({
      status: 'Registered but never attended',
      sessionsRegistered: 2,
      sessionsAttended: 0
    })
    expect(byEmail['cat@example.org']).toMatchObject({
      status: 'Attended only below the threshold',
      sessionsAttended: 2,
      minutes: 50
    })
    expect(report.counts).toEqual({
      Completed: 3,
      'In progress': 0,
      'Attended only below the threshold': 1,
      'Registered but never attended': 1
    })
    expect(report.completionsByMonth).toEqual([
      { month: '2026-01', completions: 1 },
      { month: '2026-02', completions: 1 },
      { month: '2026-03', completions: 1 }
    ])
    expect(report.distinctSessions).toBe(3)
    await archive.close()
  })

  it('counts distinct sessions for a course rule, and recomputes when the rule changes', async () => {
    const archive = await filled()
    const course = {
      ...onboarding,
      meetings: { kind: 'series' as const, meetingId: SERIES },
      rule: { kind: 'distinct' as const, minSessions: 2, minPercent: 50 }
    }
    const report = await programmeReport(archive, ACCOUNT, course)
    const byEmail = Object.fromEntries(report.people.map((p) => [p.email, p]))
    // Ann: 50% then 83%, both ≥ 50: two distinct sessions, done on the second.
    expect(byEmail['ann@example.org']).toMatchObject({
      status: 'Completed',
      completedOnMs: starts[1]
    })
    // Cat: 33% (no), 50% (yes): one of two.
    expect(byEmail['cat@example.org']).toMatchObject({
      status: 'In progress',
      qualifying: 1,
      needed: 2
    })
    expect(byEmail['dee@example.org'].status).toBe('In progress')
    expect(byEmail['walk@example.org'].status).toBe('In progress')
    expect(byEmail['bob@example.org'].status).toBe('Registered but never attended')
    await archive.close()
  })

  it('keeps programmes with the account in the archive, and none for another account', async () => {
    const archive = await filled()
    const saved = await saveProgramme(archive, ACCOUNT, onboarding)
    expect(await listProgrammes(archive, ACCOUNT)).toEqual([saved])
    await saveProgramme(archive, ACCOUNT, { ...onboarding, name: 'Renamed' }, saved.id)
    expect((await listProgrammes(archive, ACCOUNT)).map((p) => p.name)).toEqual(['Renamed'])
    expect(await listProgrammes(archive, 'profile-b')).toEqual([])
    expect(await archive.deleteProgramme(ACCOUNT, saved.id)).toBe(true)
    expect(await listProgrammes(archive, ACCOUNT)).toEqual([])
    await archive.close()
  })
})

describe('people', () => {
  it('finds a person by a prefix of name or email, ignoring case and accents', async () => {
    const archive = await filled()
    const byName = await archive.searchPeople(ACCOUNT, 'cat nu')
    expect(byName.map((m) => m.email)).toEqual(['cat@example.org'])
    expect(await archive.personNames(ACCOUNT, byName)).toEqual(['Cat Núñez'])
    expect((await archive.searchPeople(ACCOUNT, 'WALK@')).map((m) => m.email)).toEqual([
      'walk@example.org'
    ])
    await archive.close()
  })

  it("lists every session of a person's history, with totals and absences", async () => {
    const archive = await filled()
    const ann = await personHistory(archive, ACCOUNT, { email: 'ANN@example.org' }, 75)
    expect(ann).toMatchObject({
      name: 'Ann Lee',
      sessionsAttended: 2,
      sessionsRegistered: 2,
      registeredAbsent: 0,
      minutes: 80,
      firstAttendedMs: starts[0],
      lastAttendedMs: starts[1]
    })
    expect(
      ann?.sessions.map((s) => [s.status, s.percent, s.rule, s.session.goneSinceMs !== null])
    ).toEqual([
      ['Partial', 50, 'registrant', true],
      ['Attended', 83, 'registrant', false]
    ])
    const bob = await personHistory(archive, ACCOUNT, { email: 'bob@example.org' }, 75)
    expect(bob).toMatchObject({ sessionsAttended: 0, registeredAbsent: 2, firstAttendedMs: null })
    expect(await personHistory(archive, ACCOUNT, { email: 'nobody@example.org' }, 75)).toBeNull()
    await archive.close()
  })

  it('lists people once each, with "not seen since"', async () => {
    const archive = await filled()
    const read = await readOutcomes(archive, ACCOUNT, {}, { thresholdPercent: 75 })
    const rows = peopleList(read.outcomes)
    expect(rows.map((r) => [r.email, r.sessionsAttended, r.registeredAbsent])).toEqual([
      ['ann@example.org', 2, 0],
      ['bob@example.org', 0, 2],
      ['cat@example.org', 2, 0],
      ['dee@example.org', 1, 0],
      ['walk@example.org', 1, 0]
    ])
    const notSince = peopleList(read.outcomes, Date.UTC(2026, 1, 1))
    expect(notSince.map((r) => r.email)).toEqual(['bob@example.org', 'dee@example.org'])
    await archive.close()
  })

  it('counts registered, attended, no-shows and walk-ins per session, and frequent no-shows', async () => {
    const archive = await filled()
    const read = await readOutcomes(archive, ACCOUNT, {}, { thresholdPercent: 75 })
    const first = read.computed.find((c) => c.session.uuid === 'onboarding-1==')!
    expect(registrationCounts(first.attendance)).toEqual({
      registered: 2,
      attended: 3,
      noShows: 1,
      walkIns: 2,
      noShowList: [{ name: 'Bob Stone', email: 'bob@example.org' }]
    })
    const third = read.computed.find((c) => c.session.uuid === 'onboarding-3==')!
    expect(registrationCounts(third.attendance)).toMatchObject({
      registered: 1,
      attended: 2,
      walkIns: 1
    })
    expect(frequentNoShows(read.outcomes)).toEqual([
      { name: 'Bob Stone', email: 'bob@example.org', registered: 2, lastRegisteredMs: starts[1] }
    ])
    await archive.close()
  })
})

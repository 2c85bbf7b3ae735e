import { describe, expect, it } from 'vitest'
import { SimulatedOrg, webinarQuirkTags } from '../../../src/main/simulator/index'

const now = Date.parse('2026-11-20T12:00:00Z')
const make = (seed = 1): SimulatedOrg =>
  new SimulatedOrg({ seed, users: 40, extraPastMeetings: 0, now })

function snapshot(org: SimulatedOrg): unknown {
  const w = org.webinars
  return w.all.map((webinar) => ({
    webinar,
    registrants: w.registrants(webinar.id).length,
    rows: webinar.instances.map((i) => w.participants(i.uuid)),
    absentees: webinar.instances.map((i) => w.absentees(i.uuid).map((r) => r.id))
  }))
}

describe('generated webinars', () => {
  it('are deterministic from the seed and differ between seeds', () => {
    expect(snapshot(make(7))).toEqual(snapshot(make(7)))
    expect(make(1).webinars.all.map((w) => w.id)).not.toEqual(make(2).webinars.all.map((w) => w.id))
  })

  it('leave the meetings exactly as they were', () => {
    const org = make(3)
    const ids = new Set(org.meetings.map((m) => m.id))
    expect(org.webinars.all.some((w) => ids.has(w.id))).toBe(false)
    expect(org.meetings.map((m) => m.topic)).not.toContain('Volunteer Info Session')
  })

  it('plant every documented webinar quirk, whatever the seed', () => {
    for (const seed of [1, 2, 42]) expect(make(seed).webinars.quirkTags()).toEqual(webinarQuirkTags)
  })

  it('have a monthly series with registration per occurrence and a practice session', () => {
    const w = make().webinars
    const { webinar } = w.findQuirk('webinar-series')
    expect(webinar).toMatchObject({ type: 9, topic: 'Volunteer Info Session' })
    expect(webinar.recurrence).toMatchObject({ type: 3, monthly_week: 1, monthly_week_day: 5 })
    expect(webinar.settings).toMatchObject({ approval_type: 0, registration_type: 2 })
    expect(webinar.settings.practice_session).toBe(true)
    expect(webinar.instances.length).toBeGreaterThanOrEqual(5)
    expect(webinar.occurrences.length).toBeGreaterThan(webinar.instances.length)
    const { instance } = w.findQuirk('practice-session')
    const rows = w.participants(instance?.uuid as string)
    const firstAttendee = Math.min(
      ...rows.filter((r) => r.role === 'Attendee').map((r) => r.joinTime)
    )
    // Host and panelists are all in before the first attendee (a later row is a rejoin).
    const firstJoins = new Map<string, number>()
    for (const row of rows.filter((r) => r.role !== 'Attendee'))
      firstJoins.set(row.email, Math.min(row.joinTime, firstJoins.get(row.email) ?? Infinity))
    expect(firstJoins.size).toBe(webinar.panelists.length + 1)
    expect(Math.max(...firstJoins.values())).toBeLessThan(firstAttendee)
    expect(firstAttendee - (instance?.startTime ?? 0)).toBeGreaterThanOrEqual(30 * 60_000)
  })

  it('gives every row a role: one host, the panelists, then attendees', () => {
    const w = make().webinars
    const { webinar, instance } = w.findQuirk('webinar-showcase')
    const rows = w.participants(instance?.uuid as string)
    const hostRows = rows.filter((r) => r.role === 'Host')
    expect(hostRows).toHaveLength(1)
    expect(hostRows[0]?.id).toBe(webinar.hostId)
    const panelistEmails = new Set(webinar.panelists.map((p) => p.email))
    for (const row of rows.filter((r) => r.role === 'Panelist'))
      expect(panelistEmails.has(row.email)).toBe(true)
    for (const row of rows.filter((r) => r.role === 'Attendee')) {
      expect(row.registrantId).toBeTruthy()
      expect(panelistEmails.has(row.email)).toBe(false)
    }
  })

  it('has attendees who rejoin (several rows for one registrant)', () => {
    const w = make().webinars
    const { instance } = w.findQuirk('webinar-rejoin')
    const perRegistrant = new Map<string, number>()
    for (const row of w.participants(instance?.uuid as string))
      if (row.registrantId)
        perRegistrant.set(row.registrantId, (perRegistrant.get(row.registrantId) ?? 0) + 1)
    expect([...perRegistrant.values()].filter((count) => count > 1).length).toBeGreaterThanOrEqual(
      2
    )
  })

  it('has a panelist who also registered: attends as panelist, listed as absent', () => {
    const w = make().webinars
    const { webinar, instance } = w.findQuirk('panelist-registrant')
    const panelist = webinar.panelists.find((p) => p.registrantId)
    expect(panelist).toBeDefined()
    const registration = w.registrantsOf(instance!).find((r) => r.id === panelist?.registrantId)
    expect(registration).toMatchObject({ status: 'approved', email: panelist?.email })
    const rows = w.participants(instance?.uuid as string).filter((r) => r.email === panelist?.email)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.role === 'Panelist' && r.registrantId === undefined)).toBe(true)
    expect(w.absentees(instance?.uuid as string).map((r) => r.id)).toContain(panelist?.registrantId)
  })

  it('lists as absentees exactly the approved registrants with no row of their own', () => {
    const w = make().webinars
    const { instance } = w.findQuirk('webinar-absentees')
    const uuid = instance?.uuid as string
    const came = new Set(w.participants(uuid).map((r) => r.registrantId))
    const approved = w.registrantsOf(instance!).filter((r) => r.status === 'approved')
    const absent = w.absentees(uuid)
    expect(absent.length).toBeGreaterThan(3)
    expect(absent.length + approved.filter((r) => came.has(r.id)).length).toBe(approved.length)
  })

  it('covers manual approval, a big webinar, no registration and an upcoming one', () => {
    const w = make().webinars
    const training = w.findQuirk('webinar-manual-approval').webinar
    const statuses = new Set(w.registrants(training.id).map((r) => r.status))
    expect([...statuses].sort()).toEqual(['approved', 'denied', 'pending'])
    const big = w.findQuirk('webinar-big').webinar
    expect(w.registrants(big.id).length).toBeGreaterThan(300)
    expect(w.participants(big.instances[0]?.uuid as string).length).toBeGreaterThan(300)
    const open = w.findQuirk('webinar-no-registration').webinar
    expect(open.settings.approval_type).toBe(2)
    expect(w.registrants(open.id)).toEqual([])
    const openRows = w.participants(open.instances[0]?.uuid as string)
    expect(openRows.filter((r) => r.role === 'Attendee').every((r) => r.email === '')).toBe(true)
    const upcoming = w.findQuirk('webinar-upcoming').webinar
    expect(upcoming.instances).toEqual([])
    expect(upcoming.startTime).toBeGreaterThan(now)
  })

  it('has instance UUIDs that start with "/" and contain "//"', () => {
    const w = make().webinars
    expect(w.findQuirk('webinar-slash-uuid').instance?.uuid.startsWith('/')).toBe(true)
    expect(w.findQuirk('webinar-double-slash-uuid').instance?.uuid).toContain('//')
  })

  it('licenses only the webinar hosts; a Basic user has no webinar licence', () => {
    const org = make()
    for (const webinar of org.webinars.all)
      expect(org.webinars.isLicensed(webinar.hostId)).toBe(true)
    const free = org.webinars.unlicensedHost()
    expect(free?.type).toBe(1)
    expect(org.webinars.isLicensed(free?.id as string)).toBe(false)
  })
})

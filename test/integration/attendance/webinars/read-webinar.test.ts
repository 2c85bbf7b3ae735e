import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWebinarAttendance, webinarCsvRows } from '../../../../src/main/attendance/webinars'
import { startSimAndClient, type SimSetup } from '../../zoom/support'

describe('a webinar instance read from the simulator', () => {
  let setup: SimSetup
  beforeAll(async () => {
    setup = await startSimAndClient()
  })
  afterAll(async () => setup.sim.close())

  it('gives every person the role the simulator planted, and cross-checks absentees', async () => {
    const { webinar, instance } = setup.sim.org.webinars.findQuirk('webinar-showcase')
    const uuid = instance?.uuid as string
    const result = await readWebinarAttendance(setup.client, uuid)
    expect(result.meeting.id).toBe(String(webinar.id))
    // The simulator knows each row's role; by email, ours must agree.
    const truth = new Map<string, string>()
    for (const row of setup.sim.org.webinars.participants(uuid))
      if (row.email) truth.set(row.email.toLowerCase(), row.role)
    const ours = result.people.filter((p) => truth.has(p.email))
    expect(ours.length).toBe(truth.size)
    for (const person of ours)
      expect([person.email, person.role]).toEqual([person.email, truth.get(person.email)])
    expect(new Set(result.people.map((p) => p.role))).toEqual(
      new Set(['Host', 'Panelist', 'Attendee'])
    )
    // Zoom lists the registered panelist as absent; the cross-check says so, and only that
    // kind of disagreement appears: every other absentee agrees with the rows.
    const check = result.absentees
    const zoomAbsent = setup.sim.org.webinars.absentees(uuid)
    expect(check?.zoomAbsentees).toBe(zoomAbsent.length)
    const registeredPanelists = result.people.filter(
      (p) => p.role === 'Panelist' && p.registrationStatus === 'approved'
    )
    expect(registeredPanelists.length).toBeGreaterThan(0)
    expect(check?.disagreements.map((d) => [d.kind, d.email]).sort()).toEqual(
      registeredPanelists.map((p) => ['listed-but-joined', p.email]).sort()
    )
    expect(check?.agreed).toBe(zoomAbsent.length - registeredPanelists.length)
    expect(result.notes.join(' ')).toMatch(/joined as a panelist/)
    // Panelists and the host are left out of the counts by default.
    const attendees = result.people.filter((p) => p.role === 'Attendee').length
    expect(result.counts.counted).toBe(attendees)
  })

  it('writes Role right after Status in the CSV', async () => {
    const { instance } = setup.sim.org.webinars.findQuirk('webinar-showcase')
    const result = await readWebinarAttendance(setup.client, instance?.uuid as string)
    const { headers, rows } = webinarCsvRows(result)
    const at = headers.indexOf('Status')
    expect(headers[at + 1]).toBe('Role')
    // The meeting columns (the engine's audit columns included) plus Role.
    expect(headers.slice(-4)).toEqual(['Joins', 'Matched By', 'Checks', 'Needs Review'])
    expect(headers.length).toBe(18)
    expect(new Set(rows.map((row) => row[at + 1]))).toEqual(
      new Set(['Host', 'Panelist', 'Attendee'])
    )
  })

  it('reads a webinar without registration with no absentee check', async () => {
    const { webinar } = setup.sim.org.webinars.findQuirk('webinar-no-registration')
    const result = await readWebinarAttendance(setup.client, webinar.instances.at(-1)?.uuid ?? '')
    expect(result.absentees).toBeNull()
    expect(result.notes.join(' ')).toMatch(/did not ask people to register/)
    expect(result.people.length).toBeGreaterThan(0)
  })
})

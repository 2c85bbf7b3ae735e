import { describe, expect, it } from 'vitest'
import { computeInstanceAttendance } from '../../../../src/main/attendance/engine'
import { webinarAttendance } from '../../../../src/main/attendance/webinars/webinar-attendance'

// A 60-minute webinar, 10:00 to 11:00 UTC. The host is u-host (host@org.test); panelists are
// pat@org.test (also registered, joins by the panelist link so no registrant id on the row) and
// sam@org.test (not registered). Registrants: ann (approved, joins 10:00-10:50 = 50 min, 83%),
// bob (approved, never joins), cat (pending, never joins), pat (approved, the panelist).
// walk-in wes joins 10:30-10:45 without registering.
const meeting = {
  id: 91234567890,
  uuid: 'w-uuid==',
  topic: 'Info Session',
  start_time: '2026-03-05T10:00:00Z',
  end_time: '2026-03-05T11:00:00Z'
}
const row = (fields: Record<string, string>, join: string, leave: string) => ({
  ...fields,
  join_time: `2026-03-05T${join}:00Z`,
  leave_time: `2026-03-05T${leave}:00Z`
})
const participants = [
  row({ id: 'u-host', name: 'Hana Host', user_email: 'host@org.test' }, '09:55', '11:00'),
  row({ name: 'Pat Panel', user_email: 'pat@org.test' }, '09:58', '11:00'),
  row({ name: 'Sam Speaker', user_email: 'sam@org.test' }, '10:10', '10:40'),
  row({ name: 'Ann Able', user_email: 'ann@x.test', registrant_id: 'r-ann' }, '10:00', '10:50'),
  row({ name: 'Wes Walkin', user_email: 'wes@x.test' }, '10:30', '10:45')
]
const registrants = [
  { id: 'r-ann', email: 'ann@x.test', first_name: 'Ann', last_name: 'Able', status: 'approved' },
  { id: 'r-bob', email: 'bob@x.test', first_name: 'Bob', last_name: 'Bard', status: 'approved' },
  { id: 'r-cat', email: 'cat@x.test', first_name: 'Cat', last_name: 'Cole', status: 'pending' },
  { id: 'r-pat', email: 'pat@org.test', first_name: 'Pat', last_name: 'Panel', status: 'approved' }
]
const panelists = [
  { email: 'pat@org.test', name: 'Pat Panel' },
  { email: 'SAM@org.test', name: 'Sam Speaker' }
]
// What Zoom sends: every approved registrant without a join under their registration (so the
// registered panelist pat too), and here a stray entry for cat, who is only pending.
const absentees = [
  { id: 'r-bob', email: 'bob@x.test', first_name: 'Bob', last_name: 'Bard' },
  { id: 'r-pat', email: 'pat@org.test', first_name: 'Pat', last_name: 'Panel' },
  { id: 'r-cat', email: 'cat@x.test', first_name: 'Cat', last_name: 'Cole' }
]

function compute(countPanelists?: boolean) {
  const attendance = computeInstanceAttendance({
    meeting,
    participants,
    registrants,
    source: 'report'
  })
  return webinarAttendance(attendance, {
    host: { zoomUserId: 'u-host', email: 'host@org.test' },
    panelists,
    absentees,
    countPanelists
  })
}

const roles = (result: ReturnType<typeof compute>) =>
  Object.fromEntries(result.people.map((p) => [p.email, p.role]))

describe('webinar roles', () => {
  it('marks the host, the panelists and the attendees', () => {
    const result = compute()
    expect(roles(result)).toEqual({
      'ann@x.test': 'Attendee',
      'bob@x.test': 'Attendee',
      'cat@x.test': 'Attendee',
      'host@org.test': 'Host',
      'pat@org.test': 'Panelist',
      'sam@org.test': 'Panelist',
      'wes@x.test': 'Attendee'
    })
    const host = result.people.find((p) => p.role === 'Host')
    expect(host?.roleRule).toBe('host-user-id')
  })

  it('keeps a registrant who is also a panelist as one person, a registered Panelist', () => {
    const pat = compute().people.filter((p) => p.email === 'pat@org.test')
    expect(pat).toHaveLength(1)
    expect(pat[0]).toMatchObject({
      role: 'Panelist',
      roleRule: 'panelist-email',
      registered: true,
      registrationStatus: 'approved',
      registrantId: 'r-pat',
      status: 'Attended'
    })
  })

  it('finds the host by email when the host joined without signing in', () => {
    const attendance = computeInstanceAttendance({
      meeting,
      participants: [row({ name: 'H', user_email: 'Host@Org.test' }, '10:00', '11:00')],
      source: 'report'
    })
    const [host] = webinarAttendance(attendance, {
      host: { zoomUserId: 'u-host', email: 'host@org.test' },
      panelists: []
    }).people
    expect(host).toMatchObject({ role: 'Host', roleRule: 'host-email' })
  })
})

describe('webinar counts', () => {
  it('leaves panelists and the host out of the attendee figures by default', () => {
    // Attendees: ann (registered, attended 83%), bob (registered, absent), cat (pending,
    // absent but not counted absent), wes (walk-in, 15 min, Partial). 4 counted, 3 registered,
    // 2 in the webinar, 1 approved absent.
    expect(compute().counts).toEqual({
      counted: 4,
      registered: 3,
      attended: 2,
      absent: 1,
      panelists: 2,
      hosts: 1,
      panelistsCounted: false
    })
  })

  it('counts panelists and the host when the toggle is on', () => {
    // Adds host (not registered, in), pat (registered, in), sam (not registered, in).
    expect(compute(true).counts).toEqual({
      counted: 7,
      registered: 4,
      attended: 5,
      absent: 1,
      panelists: 2,
      hosts: 1,
      panelistsCounted: true
    })
  })
})

describe('absentees cross-checked with registrants', () => {
  it('agrees on bob, and writes each disagreement in the audit trail', () => {
    const check = compute().absentees
    expect(check).not.toBeNull()
    expect(check?.zoomAbsentees).toBe(3)
    // Approved and never joined, by the rows: bob only.
    expect(check?.absentByRows).toBe(1)
    expect(check?.agreed).toBe(1)
    expect(check?.disagreements.map((d) => [d.kind, d.email])).toEqual([
      ['listed-but-joined', 'pat@org.test'],
      ['listed-but-not-registered', 'cat@x.test']
    ])
    expect(check?.disagreements[0].sentence).toBe(
      "Pat Panel (pat@org.test) is on Zoom's absentee list, but the participant list shows them joining. They joined as a panelist, which Zoom does not count against their registration."
    )
  })

  it('notices an approved no-show missing from Zoom list, and a stranger on it', () => {
    const attendance = computeInstanceAttendance({
      meeting,
      participants: [],
      registrants: [registrants[1]],
      source: 'report'
    })
    const check = webinarAttendance(attendance, {
      host: {},
      panelists: [],
      absentees: [{ id: 'r-zed', email: 'zed@x.test', first_name: 'Zed', last_name: 'Zee' }]
    }).absentees
    expect(check?.agreed).toBe(0)
    expect(check?.disagreements.map((d) => d.sentence)).toEqual([
      "Zed Zee (zed@x.test) is on Zoom's absentee list but is not an approved registrant of this session.",
      "Bob Bard (bob@x.test) registered and never joined, but is missing from Zoom's absentee list."
    ])
  })

  it('has no check when the absentee list was not read', () => {
    const attendance = computeInstanceAttendance({ meeting, participants, source: 'report' })
    expect(webinarAttendance(attendance, { host: {}, panelists: [] }).absentees).toBeNull()
  })
})

/** The demo's showcase holds each identity case, so the review queue has real items (issue 17). */
import { describe, expect, it } from 'vitest'
import { computeInstanceAttendance } from '../../../src/main/attendance/engine'
import type {
  MeetingDetail,
  Registrant,
  ReportParticipantRow
} from '../../../src/main/attendance/engine'
import { SimulatedOrg } from '../../../src/main/simulator/index'
import { isoSeconds } from '../../../src/main/simulator/org/time'
import { reportParticipant } from '../../../src/main/simulator/wire/participants'
import { registrant } from '../../../src/main/simulator/wire/registrants'

const now = Date.parse('2026-11-20T12:00:00Z')

function showcaseAttendance(seed: number) {
  const org = new SimulatedOrg({ seed, users: 40, extraPastMeetings: 0, now })
  const { meeting, instance } = org.findQuirkMeeting('showcase')
  if (!instance) throw new Error('no showcase instance')
  const detail: MeetingDetail = {
    id: meeting.id,
    uuid: instance.uuid,
    topic: meeting.topic,
    start_time: isoSeconds(instance.startTime),
    end_time: isoSeconds(instance.endTime)
  }
  const registrants = org
    .registrants(meeting.id)
    .filter((r) => r.occurrenceId === instance.occurrenceId)
    .map((r) => registrant(r) as Registrant)
  const participants = org
    .participants(instance.uuid)
    .map((row) => reportParticipant(row, true) as ReportParticipantRow)
  return computeInstanceAttendance({ meeting: detail, participants, registrants, source: 'report' })
}

describe('identity cases in the demo data', () => {
  it.each([1, 2, 7, 42])('seed %i: the showcase asks about each planted case', (seed) => {
    const kinds = showcaseAttendance(seed).reviewCandidates.map((c) => c.kind)
    expect(kinds).toEqual(
      expect.arrayContaining([
        'name-only-match',
        'weak-name-overlap',
        'rename',
        'email-domain-change'
      ])
    )
  })

  it('plants them the same way every time for one seed', () => {
    const keys = (seed: number) => showcaseAttendance(seed).reviewCandidates.map((c) => c.key)
    expect(keys(3)).toEqual(keys(3))
  })

  it('counts the two overlapping "iPhone"s as two people', () => {
    const phones = showcaseAttendance(1).people.filter((p) => p.name === 'iPhone')
    expect(phones).toHaveLength(2)
    expect(new Set(phones.map((p) => p.personId)).size).toBe(2)
  })
})

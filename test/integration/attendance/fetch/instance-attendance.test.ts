import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../src/shared/app-error'
import { readInstanceAttendance, type InstanceArchive } from '../../../../src/main/attendance/fetch'
import {
  HEADCOUNT_SCOPES,
  startSimulator,
  type RunningSimulator
} from '../../../../src/main/simulator'
import { clientFor, fastGivingUp, showcaseUuid, useTestArchives } from './support'

let sim: RunningSimulator
const openTestArchive = useTestArchives()

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
})
afterAll(() => sim.close())

describe('readInstanceAttendance', () => {
  it('falls back to past-meeting data without report scopes, and says so', async () => {
    const noReports = await startSimulator({
      latencyMs: 0,
      plan: 'business',
      scopes: HEADCOUNT_SCOPES.filter((scope) => !scope.startsWith('report:'))
    })
    try {
      const client = clientFor(noReports)
      const uuid = showcaseUuid(noReports)
      const fallback = await readInstanceAttendance(client, uuid)
      expect(fallback.meeting.source).toBe('past-participants')
      expect(fallback.notes.join(' ')).toMatch(
        /cannot read meeting reports.*Add the scope.*report:read/
      )
      const full = await readInstanceAttendance(clientFor(sim), showcaseUuid(sim))
      expect(full.meeting.source).toBe('report')
      expect(full.notes).toEqual([])
      // Same seed, same people: the fallback loses no one here.
      expect(fallback.people.map((p) => p.personId).sort()).toEqual(
        full.people.map((p) => p.personId).sort()
      )
    } finally {
      await noReports.close()
    }
  })

  it('archives an ended meeting by UUID; the second read makes no Zoom calls and says so', async () => {
    const { archive, shelf } = await openTestArchive()
    const client = clientFor(sim)
    const uuid = showcaseUuid(sim)
    const first = await readInstanceAttendance(client, uuid, { archive: shelf })
    expect(first.provenance).toMatchObject({ kind: 'live' })
    const stored = await archive.readInstance('profile-1', uuid)
    expect(stored?.participants).toHaveLength(first.summary.participantRows)
    expect(stored?.summary).toMatchObject({ uuid, source: 'report', goneSinceMs: null })
    const before = sim.stats().requests
    const second = await readInstanceAttendance(client, uuid, {
      archive: shelf,
      thresholdPercent: 50
    })
    expect(sim.stats().requests).toBe(before)
    expect(second.provenance).toEqual({
      kind: 'archive',
      archivedAt: new Date(stored!.summary.fetchedAtMs).toISOString(),
      goneFromZoomSince: null
    })
    expect(second.people.map((p) => p.personId)).toEqual(first.people.map((p) => p.personId))
    expect(second.summary.attended).toBeGreaterThanOrEqual(first.summary.attended)
    // The same threshold gives the same people, computed again from the archived raw rows.
    const again = await readInstanceAttendance(client, uuid, { archive: shelf })
    expect(again.people).toEqual(first.people)
  })

  it('keeps a UUID with slashes apart and reads it back whole', async () => {
    const { shelf } = await openTestArchive()
    const client = clientFor(sim)
    const uuid = sim.org.findQuirkMeeting('double-slash-uuid').instance?.uuid ?? ''
    const first = await readInstanceAttendance(client, uuid, { archive: shelf })
    const before = sim.stats().requests
    const second = await readInstanceAttendance(client, uuid, { archive: shelf })
    expect(sim.stats().requests).toBe(before)
    expect(second.provenance.kind).toBe('archive')
    expect(second.people).toEqual(first.people)
  })

  it('a numeric id reads the latest run from Zoom and archives it under its UUID', async () => {
    const { archive, shelf } = await openTestArchive()
    const client = clientFor(sim)
    const meeting = sim.org.findQuirkMeeting('no-registration').meeting
    const first = await readInstanceAttendance(client, String(meeting.id), { archive: shelf })
    expect(first.provenance.kind).toBe('live')
    expect(await archive.hasInstance('profile-1', String(meeting.id))).toBe(false)
    const before = sim.stats().requests
    const byUuid = await readInstanceAttendance(client, first.meeting.uuid, { archive: shelf })
    expect(sim.stats().requests).toBe(before)
    expect(byUuid.provenance.kind).toBe('archive')
    expect(byUuid.people).toEqual(first.people)
  })

  it('does not archive a meeting whose report is not ready, and explains the wait', async () => {
    const { archive, shelf } = await openTestArchive()
    const pending = sim.org.findQuirkMeeting('report-pending').meeting
    const error = await readInstanceAttendance(clientFor(sim), String(pending.id), {
      archive: shelf
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppFailure)
    expect((error as AppFailure).appError.code).toBe('report-not-ready')
    expect((await archive.stats()).instances).toBe(0)
  })

  it('lists nobody for a one-person meeting, with a note instead of an error', async () => {
    const meeting = sim.org.findQuirkMeeting('one-person').meeting
    const result = await readInstanceAttendance(clientFor(sim), String(meeting.id))
    expect(result.people).toEqual([])
    expect(result.notes.join(' ')).toMatch(/fewer than two people/)
  })

  it('rejects a threshold outside 0-100 before calling Zoom', async () => {
    const before = sim.stats().requests
    await expect(
      readInstanceAttendance(clientFor(sim), showcaseUuid(sim), { thresholdPercent: 101 })
    ).rejects.toMatchObject({ appError: { code: 'invalid-input' } })
    expect(sim.stats().requests).toBe(before)
  })
})

describe('refresh and offline', () => {
  it('refresh fetches again, and the archived copy is replaced only once the new one is in', async () => {
    const { archive, shelf } = await openTestArchive()
    const client = clientFor(sim)
    const uuid = showcaseUuid(sim)
    await readInstanceAttendance(client, uuid, { archive: shelf, now: () => Date.now() - 1000 })
    const old = (await archive.readInstance('profile-1', uuid))!.summary.fetchedAtMs
    const before = sim.stats().requests
    const refreshed = await readInstanceAttendance(client, uuid, { archive: shelf, refresh: true })
    expect(sim.stats().requests).toBeGreaterThan(before)
    expect(refreshed.provenance.kind).toBe('live')
    const kept = await archive.readInstance('profile-1', uuid)
    expect(kept!.summary.fetchedAtMs).not.toBe(old)
    expect((await archive.stats()).instances).toBe(1)
    // A new copy that cannot be stored leaves the old one in place, and says so.
    const full: InstanceArchive = {
      ...shelf,
      keep: () => Promise.reject(new AppFailure({ code: 'storage', message: 'The disk is full.' }))
    }
    const unstored = await readInstanceAttendance(client, uuid, { archive: full, refresh: true })
    expect(unstored.provenance.kind).toBe('live')
    expect(unstored.notes).toContain(
      'This meeting could not be archived on this computer: The disk is full.'
    )
    expect(await archive.readInstance('profile-1', uuid)).toEqual(kept)
  })

  it('a refresh that fails keeps the archived copy, shows it, and says why', async () => {
    const { archive, shelf } = await openTestArchive()
    const client = clientFor(sim)
    const uuid = showcaseUuid(sim)
    const first = await readInstanceAttendance(client, uuid, { archive: shelf })
    const stored = await archive.readInstance('profile-1', uuid)
    sim.faults.inject({ fault: 'server-error', times: Infinity })
    try {
      const failed = await readInstanceAttendance(fastGivingUp(sim), uuid, {
        archive: shelf,
        refresh: true
      })
      expect(failed.provenance.kind).toBe('archive')
      expect(failed.notes[0]).toMatch(
        /^Refreshing from Zoom did not work, so this is still the copy archived on \d{4}-\d{2}-\d{2}: .*Zoom/
      )
      expect(failed.people).toEqual(first.people)
    } finally {
      sim.faults.reset()
    }
    expect(await archive.readInstance('profile-1', uuid)).toEqual(stored)
  })

  it('offline (no client), an archived meeting opens and one not archived is refused plainly', async () => {
    const { shelf } = await openTestArchive()
    const uuid = showcaseUuid(sim)
    const online = await readInstanceAttendance(clientFor(sim), uuid, { archive: shelf })
    const before = sim.stats().requests
    const offline = await readInstanceAttendance(null, uuid, { archive: shelf })
    expect(offline.people).toEqual(online.people)
    expect(offline.provenance.kind).toBe('archive')
    const latest = await readInstanceAttendance(null, String(online.meeting.id), { archive: shelf })
    expect(latest.meeting.uuid).toBe(uuid)
    expect(latest.notes.join(' ')).toMatch(/latest run of the meeting archived/)
    expect(sim.stats().requests).toBe(before)
    const other = sim.org.findQuirkMeeting('double-slash-uuid').instance!.uuid
    await expect(readInstanceAttendance(null, other, { archive: shelf })).rejects.toMatchObject({
      appError: {
        code: 'not-found',
        message: expect.stringMatching(/not archived on this computer/)
      }
    })
  })

  it('with the simulator stopped, archived meetings still open; others fail as unreachable', async () => {
    const own = await startSimulator({ latencyMs: 0, plan: 'business' })
    const { shelf } = await openTestArchive()
    const client = fastGivingUp(own)
    const uuid = showcaseUuid(own)
    const meetingId = String(own.org.findQuirkMeeting('showcase').meeting.id)
    const online = await readInstanceAttendance(client, uuid, { archive: shelf })
    const other = own.org.findQuirkMeeting('double-slash-uuid').instance!.uuid
    await own.close()
    const offline = await readInstanceAttendance(client, uuid, { archive: shelf })
    expect(offline.people).toEqual(online.people)
    expect(offline.provenance.kind).toBe('archive')
    // A numeric id: Zoom can't say which run is the latest, so the latest archived one is shown.
    const latest = await readInstanceAttendance(client, meetingId, { archive: shelf })
    expect(latest.meeting.uuid).toBe(uuid)
    expect(latest.notes.join(' ')).toMatch(/Zoom could not be reached/)
    await expect(readInstanceAttendance(client, other, { archive: shelf })).rejects.toMatchObject({
      appError: { code: 'network' }
    })
  })
})

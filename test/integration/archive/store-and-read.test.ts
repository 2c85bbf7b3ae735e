// Storing instances and reading them back: raw rows survive exactly, a repeated store never
// duplicates, a failure mid-store leaves nothing behind, and the engine gets the same answer
// from the archive as from Zoom's rows.
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../../../src/main/archive'
import { computeInstanceAttendance } from '../../../src/main/attendance/engine'
import { sampleInstance } from '../../support/archive/sample-instances'
import { archivePath, useTempFolder } from '../../support/archive/temp-archive'

const tempFolder = useTempFolder()

async function freshArchive(): Promise<Archive> {
  return openArchive(archivePath(tempFolder()))
}

function count(file: string, table: string): number {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('storeInstance and readInstance', () => {
  it('gives back every row exactly as Zoom sent it, in order, with the lists apart', async () => {
    const archive = await freshArchive()
    const input = sampleInstance({ kind: 'webinar' })
    const result = await archive.storeInstance(input)
    expect(result).toEqual({ outcome: 'new', participantRows: 7, rosterRows: 5 })
    const back = await archive.readInstance('profile-a', '/ajXp112QmuoKj4854875==')
    expect(back?.participants).toEqual(input.participants)
    expect(back?.registrants).toEqual(input.registrants)
    expect(back?.panelists).toEqual(input.panelists)
    expect(back?.absentees).toEqual(input.absentees)
    expect(back?.detail).toEqual(input.detail)
    expect(back?.summary).toMatchObject({
      uuid: '/ajXp112QmuoKj4854875==',
      kind: 'webinar',
      meetingId: '85746065432',
      hostZoomId: 'u-host-1',
      timeZone: 'Europe/Berlin',
      source: 'report',
      startMs: Date.UTC(2026, 9, 5, 17),
      durationMinutes: 60,
      goneSinceMs: null,
      fetchedAtMs: input.fetchedAt!.getTime()
    })
    await archive.close()
  })

  it('is idempotent: storing the same instance twice leaves one copy', async () => {
    const archive = await freshArchive()
    await archive.storeInstance(sampleInstance())
    const again = await archive.storeInstance(sampleInstance())
    expect(again.outcome).toBe('replaced')
    expect(count(archive.file, 'instances')).toBe(1)
    expect(count(archive.file, 'participants')).toBe(7)
    expect(count(archive.file, 'roster')).toBe(3)
    expect(count(archive.file, 'meetings')).toBe(1)
    expect(count(archive.file, 'hosts')).toBe(1)
    await archive.close()
  })

  it('keeps the same UUID apart per account', async () => {
    const archive = await freshArchive()
    await archive.storeInstance(sampleInstance({ account: 'profile-a' }))
    await archive.storeInstance(sampleInstance({ account: 'demo' }))
    expect(count(archive.file, 'instances')).toBe(2)
    expect(await archive.hasInstance('demo', '/ajXp112QmuoKj4854875==')).toBe(true)
    expect(await archive.hasInstance('profile-b', '/ajXp112QmuoKj4854875==')).toBe(false)
    await archive.close()
  })

  it('a store that fails half-way leaves nothing of it, and the old copy stays', async () => {
    const archive = await freshArchive()
    await archive.storeInstance(sampleInstance())
    const broken = sampleInstance()
    // JSON.stringify throws on a BigInt: the failure comes after some rows were inserted.
    broken.participants = [
      ...broken.participants,
      { name: 'Late', duration: 10n as unknown as number }
    ]
    await expect(archive.storeInstance(broken)).rejects.toThrow(/could not store this meeting/)
    expect(count(archive.file, 'participants')).toBe(7)
    const fresh = sampleInstance({ uuid: 'new-uuid==' })
    fresh.participants = [
      ...fresh.participants,
      { name: 'Late', duration: 10n as unknown as number }
    ]
    await expect(archive.storeInstance(fresh)).rejects.toThrow()
    expect(await archive.hasInstance('profile-a', 'new-uuid==')).toBe(false)
    expect(count(archive.file, 'participants')).toBe(7)
    expect(count(archive.file, 'instances')).toBe(1)
    await archive.close()
  })

  it('refuses rows that are not objects with one sentence, before writing anything', async () => {
    const archive = await freshArchive()
    const bad = sampleInstance()
    bad.participants = [...bad.participants, 'not a row' as unknown as object]
    await expect(archive.storeInstance(bad)).rejects.toThrow(
      "This meeting instance can't be archived: a row that is not an object."
    )
    expect(count(archive.file, 'instances')).toBe(0)
    await archive.close()
  })

  it('feeds the engine the same rows: attendance from the archive equals attendance from Zoom', async () => {
    const archive = await freshArchive()
    const input = sampleInstance()
    await archive.storeInstance(input)
    const back = (await archive.readInstance('profile-a', input.detail.uuid))!
    const fromZoom = computeInstanceAttendance({
      meeting: input.detail,
      participants: input.participants,
      registrants: input.registrants,
      source: input.source
    })
    const fromArchive = computeInstanceAttendance({
      meeting: back.detail,
      participants: back.participants,
      registrants: back.registrants,
      source: back.source
    })
    expect(fromArchive).toEqual(fromZoom)
    expect(fromArchive.summary.duplicateRowsDropped).toBe(1)
    await archive.close()
  })
})

describe('finding instances and people', () => {
  async function archiveWithSeries(): Promise<Archive> {
    const archive = await freshArchive()
    for (let week = 0; week < 4; week++) {
      await archive.storeInstance(
        sampleInstance({ uuid: `week-${week}//x==`, startMs: Date.UTC(2026, 8, 1 + week * 7, 17) })
      )
    }
    await archive.storeInstance(
      sampleInstance({
        uuid: 'web-1',
        kind: 'webinar',
        meetingId: '91234567890',
        topic: 'Café Info Session',
        startMs: Date.UTC(2026, 8, 3, 12)
      })
    )
    return archive
  }

  it('lists by date range, kind, series and accent-insensitive topic, newest first', async () => {
    const archive = await archiveWithSeries()
    const all = await archive.listInstances({ account: 'profile-a' })
    expect(all.map((i) => i.uuid)).toEqual([
      'week-3//x==',
      'week-2//x==',
      'week-1//x==',
      'web-1',
      'week-0//x=='
    ])
    const september = await archive.listInstances({
      account: 'profile-a',
      fromMs: Date.UTC(2026, 8, 2),
      toMs: Date.UTC(2026, 8, 16),
      kind: 'meeting'
    })
    expect(september.map((i) => i.uuid)).toEqual(['week-2//x==', 'week-1//x=='])
    expect(
      (await archive.listInstances({ account: 'profile-a', topic: 'CAFE info' })).map((i) => i.uuid)
    ).toEqual(['web-1'])
    expect(
      await archive.listInstances({ account: 'profile-a', meetingId: '91234567890' })
    ).toHaveLength(1)
    expect(
      await archive.listInstances({ account: 'profile-a', hostZoomId: 'u-host-1', limit: 2 })
    ).toHaveLength(2)
    expect(await archive.listInstances({ account: 'nobody' })).toEqual([])
    await archive.close()
  })

  it('answers which UUIDs are archived already', async () => {
    const archive = await archiveWithSeries()
    const known = await archive.archivedUuids('profile-a', ['week-1//x==', 'unknown==', 'web-1'])
    expect([...known].sort()).toEqual(['web-1', 'week-1//x=='])
    await archive.close()
  })

  it("gives one person's history by email, registrant id, user id and Unicode-insensitive name", async () => {
    const archive = await archiveWithSeries()
    const byEmail = await archive.history('profile-a', { email: ' BO.LEE@example.net ' })
    // 5 instances × (2 participant rows + 1 registration).
    expect(byEmail).toHaveLength(15)
    expect(byEmail[0]).toMatchObject({ uuid: 'week-0//x==', list: 'participant', position: 1 })
    expect(byEmail.map((e) => e.startMs)).toEqual([...byEmail.map((e) => e.startMs)].sort())
    expect(await archive.history('profile-a', { registrantId: 'reg-bo' })).toHaveLength(15)
    expect(await archive.history('profile-a', { userId: 'u-staff-1' })).toHaveLength(5)
    // Typed precomposed, stored with combining accents: one name.
    const jose = await archive.history('profile-a', { name: 'JOSÉ  NÚÑEZ' })
    expect(jose).toHaveLength(10)
    expect(jose[0].raw).toMatchObject({ name: 'Jose\u0301 Nu\u0301n\u0303ez' })
    // Accent-folded keys narrow the search, but the exact name still decides.
    expect(await archive.history('profile-a', { name: 'Jose Nunez' })).toHaveLength(0)
    const absentee = await archive.history('profile-a', { email: 'cy@example.com' })
    expect(absentee.map((e) => e.list).sort()).toEqual([
      'absentee',
      'registrant',
      'registrant',
      'registrant',
      'registrant',
      'registrant'
    ])
    await archive.close()
  })

  it('marks an instance Zoom no longer has, keeping the first date', async () => {
    const archive = await archiveWithSeries()
    await archive.markGone('profile-a', 'week-0//x==', new Date('2027-10-01T00:00:00Z'), 3001)
    await archive.markGone('profile-a', 'week-0//x==', new Date('2027-11-01T00:00:00Z'), 12702)
    const [gone] = await archive.listInstances({ account: 'profile-a', toMs: Date.UTC(2026, 8, 2) })
    expect(gone.goneSinceMs).toBe(Date.parse('2027-10-01T00:00:00Z'))
    expect((await archive.readInstance('profile-a', 'week-0//x=='))?.participants).toHaveLength(7)
    await archive.close()
  })
})

describe('sync state and failures', () => {
  it('keeps one window per host, kind and month, updated in place', async () => {
    const archive = await freshArchive()
    const window = {
      hostZoomId: 'u-host-1',
      kind: 'meeting' as const,
      month: '2026-09',
      state: 'partial' as const,
      listed: 3,
      syncedAtMs: 1
    }
    await archive.setSyncWindow('profile-a', window)
    await archive.setSyncWindow('profile-a', {
      ...window,
      state: 'complete',
      listed: 5,
      syncedAtMs: 2
    })
    await archive.setSyncWindow('profile-a', { ...window, month: '2026-10', syncedAtMs: 3 })
    await archive.setSyncWindow('profile-a', { ...window, hostZoomId: 'u-host-2' })
    expect(await archive.syncWindows('profile-a', 'u-host-1')).toEqual([
      { ...window, state: 'complete', listed: 5, syncedAtMs: 2 },
      { ...window, month: '2026-10', syncedAtMs: 3 }
    ])
    expect(await archive.syncWindows('profile-a')).toHaveLength(3)
    await expect(
      archive.setSyncWindow('profile-a', { ...window, month: 'September' })
    ).rejects.toThrow()
    await archive.close()
  })

  it('counts attempts per failed instance until it is cleared', async () => {
    const archive = await freshArchive()
    const failure = {
      uuid: 'u1==',
      meetingId: '123',
      kind: 'meeting' as const,
      error: { code: 'zoom-unavailable' as const, message: 'Zoom is not answering.' }
    }
    await archive.recordFailure('profile-a', failure, new Date(1000))
    await archive.recordFailure(
      'profile-a',
      { ...failure, error: { code: 'network', message: 'No connection.' } },
      new Date(2000)
    )
    expect(await archive.listFailures('profile-a')).toEqual([
      {
        ...failure,
        error: { code: 'network', message: 'No connection.' },
        topic: '',
        startMs: null,
        attempts: 2,
        firstFailedAtMs: 1000,
        lastFailedAtMs: 2000
      }
    ])
    await archive.clearFailure('profile-a', 'u1==')
    expect(await archive.listFailures('profile-a')).toEqual([])
    await archive.close()
  })
})

describe('notes, account totals and recent syncs', () => {
  it('keeps the notes fetched with an instance and gives them back', async () => {
    const archive = await freshArchive()
    const notes = ['This meeting did not ask people to register.']
    await archive.storeInstance({ ...sampleInstance({ uuid: 'with-notes' }), notes })
    expect((await archive.readInstance('profile-a', 'with-notes'))?.notes).toEqual(notes)
    await archive.storeInstance(sampleInstance({ uuid: 'no-notes' }))
    expect((await archive.readInstance('profile-a', 'no-notes'))?.notes).toEqual([])
    await expect(
      archive.storeInstance({ ...sampleInstance({ uuid: 'bad' }), notes: [42] as never })
    ).rejects.toThrow(/notes that are not text/)
    await archive.close()
  })

  it('totals one account and keeps its latest syncs, newest first', async () => {
    const archive = await freshArchive()
    expect(await archive.accountStats('profile-a')).toEqual({
      instances: 0,
      participantRows: 0,
      oldestStartMs: null,
      newestStartMs: null
    })
    expect(await archive.lastSyncRun('profile-a')).toBeNull()
    const early = Date.UTC(2026, 8, 1, 17)
    const late = Date.UTC(2026, 8, 8, 17)
    await archive.storeInstance(sampleInstance({ uuid: 'w1', startMs: early }))
    await archive.storeInstance(sampleInstance({ uuid: 'w2', startMs: late }))
    await archive.storeInstance(sampleInstance({ account: 'other', uuid: 'x' }))
    const totals = await archive.accountStats('profile-a')
    expect(totals).toMatchObject({ instances: 2, oldestStartMs: early, newestStartMs: late })
    for (let run = 1; run <= 25; run++) {
      await archive.recordSyncRun('profile-a', { finishedAtMs: run, summary: { run } })
    }
    expect(await archive.lastSyncRun('profile-a')).toEqual({
      finishedAtMs: 25,
      summary: { run: 25 }
    })
    expect(await archive.lastSyncRun('other')).toBeNull()
    await archive.close()
  })
})

describe('people search', () => {
  it('finds names and emails by prefix, ignoring case and accents', async () => {
    const archive = await freshArchive()
    await archive.storeInstance(sampleInstance())
    await archive.storeInstance(sampleInstance({ account: 'other', uuid: 'elsewhere' }))
    expect(await archive.searchPeople('profile-a', 'jose nu')).toEqual([
      { searchKey: 'jose nunez', email: '' }
    ])
    expect(await archive.searchPeople('profile-a', 'JOSÉ')).toEqual([
      { searchKey: 'jose nunez', email: '' }
    ])
    expect(await archive.searchPeople('profile-a', 'dee')).toEqual([
      { searchKey: 'dee alvarez', email: 'dee@example.com' }
    ])
    expect(await archive.searchPeople('profile-a', 'ana.ok')).toEqual([
      { searchKey: 'ana okafor', email: 'ana.okafor@example.org' }
    ])
    expect(await archive.searchPeople('profile-a', 'b')).toEqual([
      { searchKey: 'bo lee', email: 'bo.lee@example.net' }
    ])
    expect(await archive.searchPeople('profile-a', 'zz')).toEqual([])
    expect(await archive.searchPeople('nobody', 'a')).toEqual([])
    await archive.close()
  })
})

describe('a closed archive', () => {
  it('refuses every call with one sentence instead of reopening behind the caller', async () => {
    const archive = await freshArchive()
    await archive.close()
    await expect(archive.storeInstance(sampleInstance())).rejects.toThrow('The archive is closed.')
    await expect(archive.listInstances({ account: 'profile-a' })).rejects.toThrow(
      'The archive is closed.'
    )
    await expect(archive.stats()).rejects.toThrow('The archive is closed.')
  })
})

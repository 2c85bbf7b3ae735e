// #15 reading, through the real core and router: every view says where its data came from;
// with the simulator stopped, archived meetings, their attendance, roll-ups and exports still
// work and the past list says it is offline; refresh keeps the old copy; archived meetings
// older than Zoom's six months are listed; the old JSON cache arrives at start.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { InstanceAttendanceView } from '../../../../src/shared/ipc/contracts/attendance-contract'
import type { PastMeeting } from '../../../../src/shared/ipc/contracts/past-meetings-contract'
import type { RollUpView } from '../../../../src/shared/ipc/contracts/rollup-contract'
import { openArchive } from '../../../../src/main/archive'
import { startSimulator } from '../../../../src/main/simulator'
import type { RunningSimulator } from '../../../../src/main/simulator'
import { createZoomClient } from '../../../../src/main/zoom'
import { sampleInstance } from '../../../support/archive/sample-instances'
import { connectedCore } from '../../../support/connected-core'

type Answer<T> = { ok: boolean; data?: T; error?: { code: string; message: string } }

function data<T>(result: unknown): T {
  const r = result as Answer<T>
  if (!r.ok) throw new Error(`Expected success, got ${JSON.stringify(r.error)}`)
  return r.data as T
}

const day = (msAgo: number): string => new Date(Date.now() - msAgo).toISOString().slice(0, 10)

/** The real core on its own simulator, with a client that gives up quickly once it is stopped. */
async function coreOnOwnZoom(saveDir: string | null = null) {
  const sim = await startSimulator({ latencyMs: 0, plan: 'business' })
  const test = await connectedCore(sim, {
    saveDir,
    plan: 'business',
    createClient: (config) =>
      createZoomClient({ ...config, maxAttempts: 2, backoff: { baseMs: 5, capMs: 10 } })
  })
  return { sim, ...test }
}

async function profileId(core: Awaited<ReturnType<typeof coreOnOwnZoom>>['core']) {
  const state = data<{ profiles: { id: string }[] }>(
    await core.router.dispatch('accounts:get-state', undefined)
  )
  return state.profiles[0]!.id
}

function hostOf(sim: RunningSimulator) {
  const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
  return { meeting, host: sim.org.users.find((u) => u.id === meeting.hostId)! }
}

describe('reading archive first, over IPC', () => {
  it('with the simulator stopped, archived meetings, attendance, roll-ups and exports still work', async () => {
    const saveDir = mkdtempSync(join(tmpdir(), 'headcount-offline-export-'))
    const { sim, core } = await coreOnOwnZoom(saveDir)
    const { meeting, host } = hostOf(sim)
    const range = { userId: host.email, from: day(40 * 86_400_000), to: day(0) }
    const selection = { kind: 'topic' as const, ...range, topicContains: meeting.topic }

    const online = data<{ meetings: PastMeeting[]; offline: boolean }>(
      await core.router.dispatch('meetings:list-past', range)
    )
    expect(online.offline).toBe(false)
    const rolled = data<RollUpView>(await core.router.dispatch('rollup:load', { selection }))
    expect(rolled.instances.length).toBeGreaterThan(2)
    expect(rolled.instances.every((i) => i.provenance.kind === 'live')).toBe(true)
    const uuid = rolled.instances[0]!.uuid
    const live = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', { meeting: uuid })
    )
    // Stored by the roll-up a moment ago: opened from the archive, with when it was archived.
    expect(live.provenance).toMatchObject({ kind: 'archive', goneFromZoomSince: null })

    await sim.close()
    const list = data<{ meetings: PastMeeting[]; offline: boolean; notes: string[] }>(
      await core.router.dispatch('meetings:list-past', range)
    )
    expect(list.offline).toBe(true)
    expect(list.notes[0]).toMatch(/Zoom could not be reached/)
    const archived = list.meetings.filter((m) => m.archivedAt !== null)
    expect(archived.map((m) => m.uuid).sort()).toEqual(rolled.instances.map((i) => i.uuid).sort())

    const offline = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', { meeting: uuid, thresholdPercent: 90 })
    )
    expect(offline.provenance.kind).toBe('archive')
    expect(offline.people.map((p) => p.personId)).toEqual(live.people.map((p) => p.personId))
    const again = data<RollUpView>(await core.router.dispatch('rollup:load', { selection }))
    expect(again.offline).toBe(true)
    expect(again.people).toEqual(rolled.people)
    expect(again.instances.every((i) => i.provenance.kind === 'archive')).toBe(true)

    const saved = data<{ saved: boolean; fileName: string; rows: number }>(
      await core.router.dispatch('attendance:export-csv', {
        meeting: uuid,
        thresholdPercent: 75,
        timeZone: null
      })
    )
    expect(saved).toMatchObject({ saved: true, rows: live.people.length })
    const rows = parse(readFileSync(join(saveDir, saved.fileName), 'utf8').replace(/^\uFEFF/, ''), {
      columns: true
    }) as unknown[]
    expect(rows).toHaveLength(live.people.length)
    const rollupSaved = data<{ saved: boolean }>(
      await core.router.dispatch('rollup:export-csv', {
        selection,
        thresholdPercent: 75,
        timeZone: null,
        layout: 'matrix'
      })
    )
    expect(rollupSaved.saved).toBe(true)
  })

  it('refresh fetches again; a refresh that fails keeps the archived copy and says so', async () => {
    const { sim, core } = await coreOnOwnZoom()
    const uuid = sim.org.findQuirkMeeting('showcase').instance!.uuid
    const first = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', { meeting: uuid })
    )
    expect(first.provenance.kind).toBe('live')
    const kept = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', { meeting: uuid })
    )
    expect(kept.provenance.kind).toBe('archive')
    const refreshed = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', { meeting: uuid, refresh: true })
    )
    expect(refreshed.provenance.kind).toBe('live')

    await sim.close()
    const failed = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', { meeting: uuid, refresh: true })
    )
    expect(failed.provenance.kind).toBe('archive')
    expect(failed.notes[0]).toMatch(/^Refreshing from Zoom did not work, so this is still the copy/)
    expect(failed.people).toEqual(refreshed.people)
  })

  it('lists archived meetings older than six months beside Zoom’s, filtered by host and topic', async () => {
    const { sim, core, dataDir } = await coreOnOwnZoom()
    const { meeting, host } = hostOf(sim)
    const account = await profileId(core)
    // Put two old runs in the same file the app uses: one of this host, one of another.
    const archive = await openArchive(join(dataDir, 'headcount.sqlite'))
    const yearAgo = Date.now() - 365 * 86_400_000
    const hostInput = { zoomUserId: host.id, email: host.email }
    await archive.storeInstance({
      ...sampleInstance({ account, uuid: 'old-mine==', startMs: yearAgo, topic: meeting.topic }),
      host: hostInput
    })
    await archive.storeInstance({
      ...sampleInstance({
        account,
        uuid: 'old-other==',
        startMs: yearAgo,
        topic: meeting.topic,
        meetingId: '82222222222'
      }),
      host: { zoomUserId: 'someone-else', email: 'else@example.org' }
    })
    await archive.storeInstance({
      ...sampleInstance({
        account,
        uuid: 'old-topic==',
        startMs: yearAgo,
        topic: 'Quiz night',
        meetingId: '81111111111'
      }),
      host: hostInput
    })
    await archive.close()

    const listed = data<{ meetings: PastMeeting[]; notes: string[]; offline: boolean }>(
      await core.router.dispatch('meetings:list-past', {
        userId: host.email.toUpperCase(),
        from: day(400 * 86_400_000),
        to: '9999-12-31',
        topic: meeting.topic.slice(0, 8)
      })
    )
    const uuids = listed.meetings.map((m) => m.uuid)
    expect(uuids).toContain('old-mine==')
    expect(uuids).not.toContain('old-other==')
    expect(uuids).not.toContain('old-topic==')
    expect(new Set(uuids).size).toBe(uuids.length)
    const old = listed.meetings.find((m) => m.uuid === 'old-mine==')!
    expect(old.archivedAt).not.toBeNull()
    expect(old.goneFromZoomSince).toBeNull()
    // Newest first: the old run is last; Zoom's recent runs come before it.
    expect(uuids.at(-1)).toBe('old-mine==')
    expect(uuids.length).toBeGreaterThan(3)
    expect(listed.notes[0]).toMatch(/only go back six months/)
    expect(listed.offline).toBe(false)
    await sim.close()
  })

  it('brings the old JSON meeting cache into the archive at start and says how many', async () => {
    const { sim, core, dataDir } = await coreOnOwnZoom()
    const account = await profileId(core)
    const fixture = resolve(
      import.meta.dirname,
      '../../../fixtures/json-cache/3f0c2a8e-5b1d-4c7a-9e21-7d4b8a6c1f01'
    )
    cpSync(fixture, join(dataDir, 'cache', account), { recursive: true })
    core.startArchive({ autoSync: false })
    await expect
      .poll(
        async () =>
          data<{ notices: { kind: string; message: string }[] }>(
            await core.router.dispatch('archive:get-status', undefined)
          ).notices.find((n) => n.kind === 'imported-cache')?.message,
        { timeout: 10_000 }
      )
      .toMatch(/^2 meetings that Headcount kept from before were brought into the archive/)
    await sim.close()
    const imported = data<InstanceAttendanceView>(
      await core.router.dispatch('attendance:load', { meeting: '/ajXp112QmuoKj4854875==' })
    )
    expect(imported.provenance).toEqual({
      kind: 'archive',
      archivedAt: '2026-08-04T19:00:01.000Z',
      goneFromZoomSince: null
    })
    expect(imported.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Ana Okafor', 'Bo Lee', 'Cy Ng'])
    )
    await core.dispose()
  })
})

import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArchiveStatus, SyncSummary } from '../../../src/shared/ipc/contracts/archive-contract'
import { openArchive } from '../../../src/main/archive'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import type { AppCore } from '../../../src/main/app/create-app-core'
import { connectedCore } from '../../support/connected-core'
import { callsSince, listableUuids } from '../../support/archive/sim-instances'

let sim: RunningSimulator
const cores: Array<{ dispose(): Promise<void> }> = []

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, rateLimits: false })
})
afterAll(async () => {
  for (const core of cores.splice(0)) await core.dispose()
  await sim.close()
})

function data<T>(result: unknown): T {
  const r = result as { ok: boolean; data?: T; error?: unknown }
  if (!r.ok) throw new Error(`Expected success, got ${JSON.stringify(r.error)}`)
  return r.data as T
}

async function setUp(options: { openFile?: () => string | null } = {}) {
  const saveDir = mkdtempSync(join(tmpdir(), 'headcount-archive-ipc-'))
  const test = await connectedCore(sim, { saveDir, plan: 'business', ...options })
  cores.push(test.core)
  const host = sim.org.users[0]!
  return { ...test, saveDir, host }
}

describe('the archive over IPC', () => {
  it('syncs a host, then a second sync makes only listing calls and says "0 new"', async () => {
    const { core, host, sentEvents } = await setUp()
    // The sync archives the host's webinar sessions too: those of webinars Zoom still lists
    // (a one-off webinar drops off 30 days after it ran) that anyone joined.
    const now = Date.now()
    const webinarSessions = sim.org.webinars
      .hostedBy(host.id)
      .filter(
        (w) =>
          w.type !== 5 || Math.max(...w.instances.map((i) => i.startTime)) + 30 * 86_400_000 > now
      )
      .flatMap((w) => w.instances)
      .filter((i) => sim.org.webinars.participants(i.uuid).length > 0)
    const expected = [...listableUuids(sim, [host.id]), ...webinarSessions.map((i) => i.uuid)]
    expect(expected.length).toBeGreaterThan(10)

    const first = data<SyncSummary>(
      await core.router.dispatch('archive:sync', { jobId: 'sync-1', hosts: [host.email] })
    )
    expect(first).toMatchObject({
      hosts: 1,
      newInstances: expected.length,
      alreadyArchived: 0,
      failed: [],
      cancelled: false,
      stoppedBy: null
    })
    expect(sentEvents).toContainEqual({
      channel: 'archive:sync-started',
      payload: { jobId: 'sync-1', automatic: false }
    })
    expect(sentEvents).toContainEqual({ channel: 'archive:changed', payload: { reason: 'synced' } })
    const progress = sentEvents.filter((e) => e.channel === 'jobs:progress').at(-1)
    expect(progress?.payload).toMatchObject({ jobId: 'sync-1', state: 'finished' })

    const before = sim.stats().byEndpoint
    const second = data<SyncSummary>(
      await core.router.dispatch('archive:sync', { hosts: [host.email] })
    )
    expect(second).toMatchObject({ newInstances: 0, alreadyArchived: expected.length })
    const calls = callsSince(sim, before)
    // Listing only, for meetings and for webinars.
    expect(Object.keys(calls).sort()).toEqual([
      'getUser',
      'listPastWebinarInstances',
      'listWebinars',
      'reportUserMeetings'
    ])

    const status = data<ArchiveStatus>(await core.router.dispatch('archive:get-status', undefined))
    expect(status.account).toMatchObject({ instances: expected.length })
    expect(status.account!.participantRows).toBeGreaterThan(expected.length)
    expect(status.lastSync).toMatchObject({ newInstances: 0, alreadyArchived: expected.length })
    expect(status).toMatchObject({ running: null, failures: [] })
    expect(status.settings).toEqual({
      autoSync: true,
      everyHours: 6,
      retention: { keep: 'forever' }
    })
    expect(status.file.endsWith('headcount.sqlite')).toBe(true)
    expect(status.bytes).toBeGreaterThan(0)
  })

  it('keeps settings in the settings file and applies retention after a sync', async () => {
    const { core, host, dataDir, sentEvents } = await setUp()
    await core.router.dispatch('archive:sync', { hosts: [host.email] })
    const before = data<ArchiveStatus>(await core.router.dispatch('archive:get-status', undefined))
    const updated = await core.router.dispatch('archive:update-settings', {
      retention: { keep: 'months', months: 2 },
      everyHours: 12
    })
    expect(data(updated)).toEqual({
      autoSync: true,
      everyHours: 12,
      retention: { keep: 'months', months: 2 }
    })
    expect(JSON.parse(readConfig(dataDir)).archive.retention).toEqual({ keep: 'months', months: 2 })
    await core.router.dispatch('archive:sync', { hosts: [host.email] })
    const after = data<ArchiveStatus>(await core.router.dispatch('archive:get-status', undefined))
    expect(after.account!.instances).toBeLessThan(before.account!.instances)
    expect(Date.parse(after.account!.oldestStart!)).toBeGreaterThan(Date.now() - 63 * 86_400_000)
    expect(sentEvents).toContainEqual({ channel: 'archive:changed', payload: { reason: 'pruned' } })
    const refused = await core.router.dispatch('archive:update-settings', { everyHours: 0 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('backs up, restores (keeping the old archive beside it) and forgets an account', async () => {
    let chosen: string | null = null
    const { core, host, saveDir, dataDir } = await setUp({ openFile: () => chosen })
    await core.router.dispatch('archive:sync', { hosts: [host.email] })
    const full = data<ArchiveStatus>(await core.router.dispatch('archive:get-status', undefined))

    const saved = data<{ saved: boolean; fileName: string }>(
      await core.router.dispatch('archive:back-up', undefined)
    )
    expect(saved.saved).toBe(true)
    expect(saved.fileName).toMatch(/^Headcount archive \d{4}-\d{2}-\d{2}\.sqlite$/)

    const id = await profileId(core)
    await core.router.dispatch('archive:forget-account', { id, confirmed: true })
    const empty = data<ArchiveStatus>(await core.router.dispatch('archive:get-status', undefined))
    expect(empty.account).toMatchObject({ instances: 0, participantRows: 0, oldestStart: null })
    expect(empty.bytes).toBeLessThan(full.bytes)

    expect(data(await core.router.dispatch('archive:restore', { confirmed: true }))).toEqual({
      restored: false,
      previousKeptAt: null
    })
    chosen = join(saveDir, saved.fileName)
    const restored = data<{ restored: boolean; previousKeptAt: string }>(
      await core.router.dispatch('archive:restore', { confirmed: true })
    )
    expect(restored.restored).toBe(true)
    expect(existsSync(restored.previousKeptAt)).toBe(true)
    expect(readdirSync(dataDir).some((name) => name.startsWith('headcount.before-restore-'))).toBe(
      true
    )
    const back = data<ArchiveStatus>(await core.router.dispatch('archive:get-status', undefined))
    expect(back.account!.instances).toBe(full.account!.instances)
  })

  it('removing an account keeps its archive unless asked to delete it too', async () => {
    const kept = await setUp()
    const deleted = await setUp()
    for (const { core, host } of [kept, deleted]) {
      await core.router.dispatch('archive:sync', { hosts: [host.email] })
    }
    const keptId = await profileId(kept.core)
    expect(
      (await kept.core.router.dispatch('accounts:forget', { id: keptId, confirmed: true })).ok
    ).toBe(true)
    const deletedId = await profileId(deleted.core)
    const forgotten = await deleted.core.router.dispatch('accounts:forget', {
      id: deletedId,
      confirmed: true,
      keepArchive: false
    })
    expect(forgotten.ok).toBe(true)
    expect(await instancesIn(kept.dataDir, keptId)).toBeGreaterThan(0)
    expect(await instancesIn(deleted.dataDir, deletedId)).toBe(0)
  })
})

/** Reads the archive file directly: with the account gone, nothing else can show it. */
async function instancesIn(dataDir: string, account: string): Promise<number> {
  const archive = await openArchive(join(dataDir, 'headcount.sqlite'))
  try {
    return (await archive.accountStats(account)).instances
  } finally {
    await archive.close()
  }
}

function readConfig(dataDir: string): string {
  return readFileSync(join(dataDir, 'config.json'), 'utf8')
}

async function profileId(core: AppCore): Promise<string> {
  const state = data<{ profiles: Array<{ id: string }> }>(
    await core.router.dispatch('accounts:get-state', undefined)
  )
  return state.profiles[0]!.id
}

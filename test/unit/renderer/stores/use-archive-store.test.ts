import { describe, expect, it } from 'vitest'
import type { IpcResult } from '@shared/ipc/result'
import type { SyncSummary } from '@shared/ipc/contracts/archive-contract'
import { useArchiveStore } from '../../../../src/renderer/src/stores/use-archive-store'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'
import { archiveStatus, syncSummary } from '../support/archive-samples'

const store = () => useArchiveStore.getState()

describe('the archive store', () => {
  it('reads the status, and shows a sync main is already running as automatic', async () => {
    installFakeBridge({ 'archive:get-status': ok(archiveStatus({ running: { jobId: 'auto-1' } })) })
    await store().load()
    expect(store().status.data?.account?.instances).toBe(26)
    expect(store().running).toEqual({ jobId: 'auto-1', automatic: true })
  })

  it('syncs as a job of its own, one at a time, then reads the status again', async () => {
    const answer = deferred<IpcResult<SyncSummary>>()
    const fake = installFakeBridge({
      'archive:sync': () => answer.promise,
      'archive:get-status': ok(archiveStatus({ lastSync: syncSummary() }))
    })
    const syncing = store().startSync()
    const jobId = store().running?.jobId
    expect(store().running).toEqual({ jobId: expect.any(String), automatic: false })
    await store().startSync()
    expect(fake.inputsOf('archive:sync')).toEqual([{ jobId }])
    answer.resolve(ok(syncSummary()))
    await syncing
    expect(store().running).toBeNull()
    expect(store().sync.data?.newInstances).toBe(4)
    expect(store().status.data?.lastSync?.alreadyArchived).toBe(22)
  })

  it('keeps a refused sync’s reason and lets the next one start', async () => {
    installFakeBridge({
      'archive:sync': failed('Zoom did not accept the sign-in.', { code: 'auth' }),
      'archive:get-status': ok(archiveStatus())
    })
    await store().startSync()
    expect(store().sync.error?.message).toBe('Zoom did not accept the sign-in.')
    expect(store().running).toBeNull()
  })

  it('cancels the sync under way through its job', async () => {
    const fake = installFakeBridge({ 'jobs:cancel': ok({ cancelled: true }) })
    store().syncStarted({ jobId: 'auto-2', automatic: true })
    await store().cancelSync()
    expect(fake.inputsOf('jobs:cancel')).toEqual([{ jobId: 'auto-2' }])
  })

  it('ends an automatic sync when its job ends, and ignores other jobs', async () => {
    const fake = installFakeBridge({ 'archive:get-status': ok(archiveStatus()) })
    store().syncStarted({ jobId: 'auto-3', automatic: true })
    await store().syncEnded('other-job')
    expect(store().running?.jobId).toBe('auto-3')
    await store().syncEnded('auto-3')
    expect(store().running).toBeNull()
    expect(fake.inputsOf('archive:get-status')).toHaveLength(1)
  })

  it('saves one settings form, and a refused save leaves the other form and the settings alone', async () => {
    const fake = installFakeBridge({ 'archive:get-status': ok(archiveStatus()) })
    await store().load()
    fake.answer('archive:update-settings', (patch) =>
      ok({ autoSync: true, everyHours: 6, retention: { keep: 'forever' }, ...patch })
    )
    expect(await store().saveSettings('auto-sync', { everyHours: 12 })).toBe(true)
    expect(store().status.data?.settings.everyHours).toBe(12)
    fake.answer('archive:update-settings', failed('The settings file could not be written.'))
    const retention = { keep: 'months', months: 24 } as const
    expect(await store().saveSettings('retention', { retention })).toBe(false)
    expect(store().settings.retention?.error?.message).toBe(
      'The settings file could not be written.'
    )
    expect(store().settings['auto-sync']?.error).toBeNull()
    expect(store().status.data?.settings.retention).toEqual({ keep: 'forever' })
  })

  it('reads the status again after a restore, but not when none was chosen', async () => {
    const fake = installFakeBridge({
      'archive:restore': ok({ restored: false, previousKeptAt: null }),
      'archive:get-status': ok(archiveStatus())
    })
    await store().restoreArchive()
    expect(fake.inputsOf('archive:get-status')).toHaveLength(0)
    fake.answer('archive:restore', ok({ restored: true, previousKeptAt: '/data/old.sqlite' }))
    await store().restoreArchive()
    expect(fake.inputsOf('archive:restore')).toEqual([{ confirmed: true }, { confirmed: true }])
    expect(store().restore.data?.previousKeptAt).toBe('/data/old.sqlite')
    expect(fake.inputsOf('archive:get-status')).toHaveLength(1)
  })

  it('forgets one account’s archive, confirmed, and dismisses notices', async () => {
    const notice = { kind: 'created', message: 'A new archive was made.', setAsidePath: null }
    const fake = installFakeBridge({
      'archive:get-status': ok(archiveStatus({ notices: [notice] as never })),
      'archive:forget-account': ok({ forgotten: true }),
      'archive:dismiss-notices': ok({ dismissed: true })
    })
    await store().load()
    await store().forgetAccount('p1')
    expect(fake.inputsOf('archive:forget-account')).toEqual([{ id: 'p1', confirmed: true }])
    await store().dismissNotices()
    expect(store().status.data?.notices).toEqual([])
  })
})

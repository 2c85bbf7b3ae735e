import { describe, expect, it } from 'vitest'
import { followArchive } from '../../../../src/renderer/src/stores/follow-archive'
import { useArchiveStore } from '../../../../src/renderer/src/stores/use-archive-store'
import { useAttendanceStore } from '../../../../src/renderer/src/stores/use-attendance-store'
import { useMeetingsStore } from '../../../../src/renderer/src/stores/use-meetings-store'
import { useRollUpStore } from '../../../../src/renderer/src/stores/use-rollup-store'
import { installFakeBridge, ok } from '../support/fake-bridge'
import { archiveStatus, syncProgress } from '../support/archive-samples'
import { attendanceView, person, rollUpView } from '../support/samples'

const archived = { kind: 'archive', archivedAt: '2026-11-03T14:02:00Z', goneFromZoomSince: null }

function pastList() {
  return { userId: 'me@demo.example', meetings: [], notes: [], offline: false }
}

async function withEveryViewOpen() {
  const fake = installFakeBridge({
    'attendance:load': ok(attendanceView([person('Ada')])),
    'meetings:list-past': ok(pastList()),
    'rollup:load': ok(rollUpView()),
    'archive:get-status': ok(archiveStatus())
  })
  useAttendanceStore.getState().select({ ref: 'u==', topic: 'Onboarding', startTime: null })
  await useAttendanceStore.getState().load()
  await useMeetingsStore.getState().load()
  await useRollUpStore.getState().run({ kind: 'recurring', meetingId: '82770614280' })
  fake.calls.length = 0
  followArchive()
  return fake
}

describe('following the archive', () => {
  it('shows a sync that started by itself, and reads the status when its job ends', () => {
    const fake = installFakeBridge({ 'archive:get-status': ok(archiveStatus()) })
    followArchive()
    fake.emit('archive:sync-started', { jobId: 'auto-1', automatic: true })
    expect(useArchiveStore.getState().running).toEqual({ jobId: 'auto-1', automatic: true })
    fake.emit('jobs:progress', syncProgress('auto-1', 5, 10))
    expect(useArchiveStore.getState().running).not.toBeNull()
    fake.emit('jobs:progress', syncProgress('auto-1', 7, 10, 'cancelled'))
    expect(useArchiveStore.getState().running).toBeNull()
    expect(fake.inputsOf('archive:get-status')).toHaveLength(1)
  })

  it('reloads every view that shows archived data when the archive changes', async () => {
    const fake = await withEveryViewOpen()
    fake.answer(
      'attendance:load',
      ok(attendanceView([person('Ada')], 'Onboarding', archived as never))
    )
    fake.emit('archive:changed', { reason: 'synced' })
    await Promise.resolve()
    expect(fake.calls.map((c) => c.channel).sort()).toEqual([
      'archive:get-status',
      'attendance:load',
      'meetings:list-past',
      'rollup:load'
    ])
    // Reloads keep what is on screen until the new answer arrives.
    expect(useRollUpStore.getState().view.data).not.toBeNull()
    expect(useMeetingsStore.getState().past.data).not.toBeNull()
  })

  it('reloads nothing that is not shown', async () => {
    const fake = installFakeBridge({ 'archive:get-status': ok(archiveStatus()) })
    followArchive()
    fake.emit('archive:changed', { reason: 'restored' })
    await Promise.resolve()
    expect(fake.calls.map((c) => c.channel)).toEqual(['archive:get-status'])
  })

  it('gathers the changes made during a sync and reloads once when it ends', async () => {
    const fake = await withEveryViewOpen()
    fake.emit('archive:sync-started', { jobId: 'auto-2', automatic: true })
    fake.emit('archive:changed', { reason: 'synced' })
    fake.emit('archive:changed', { reason: 'synced' })
    await Promise.resolve()
    expect(fake.calls).toEqual([])
    fake.emit('jobs:progress', syncProgress('auto-2', 10, 10, 'finished'))
    await Promise.resolve()
    const channels = fake.calls.map((c) => c.channel)
    expect(channels.filter((c) => c === 'attendance:load')).toHaveLength(1)
    expect(channels.filter((c) => c === 'rollup:load')).toHaveLength(1)
    expect(channels.filter((c) => c === 'archive:get-status')).toHaveLength(1)
  })
})

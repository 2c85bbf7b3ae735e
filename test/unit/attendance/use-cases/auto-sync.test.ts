import { describe, expect, it } from 'vitest'
import { createAutoSync, type Timers } from '../../../../src/main/attendance/use-cases/auto-sync'
import {
  createArchiveSettingsStore,
  DEMO_ACCOUNT
} from '../../../../src/main/attendance/use-cases/archive-settings'
import { silentLogger } from '../../../../src/main/logging/logger'
import type { ArchiveSettings } from '../../../../src/main/storage'

/** Timers a test moves by hand: the pending one fires when `fire()` is called. */
function manualTimers(): Timers & { fire(): void; delays: number[]; pending(): boolean } {
  let next: (() => void) | null = null
  const delays: number[] = []
  return {
    setTimeout(run, ms) {
      next = run
      delays.push(ms)
      return {}
    },
    clearTimeout: () => void (next = null),
    fire: () => next?.(),
    delays,
    pending: () => next !== null
  }
}

function fileSettings(initial: Partial<ArchiveSettings> = {}) {
  let stored: ArchiveSettings = {
    autoSync: true,
    everyHours: 6,
    retention: { keep: 'forever' },
    ...initial
  }
  return {
    archive: () => stored,
    updateArchive: (patch: Partial<ArchiveSettings>) => (stored = { ...stored, ...patch })
  }
}

function setUp(options: { account?: string | null; settings?: Partial<ArchiveSettings> } = {}) {
  const settings = createArchiveSettingsStore(fileSettings(options.settings))
  const timers = manualTimers()
  const syncs: unknown[] = []
  let syncing = false
  let account = options.account === undefined ? 'profile-1' : options.account
  const autoSync = createAutoSync({
    service: {
      sync: async (input, extra) => {
        syncs.push({ input, extra })
        return {} as never
      },
      isSyncing: () => syncing,
      settingsFor: (key) => settings.get(key)
    },
    currentAccount: () => account,
    logger: silentLogger,
    timers
  })
  return {
    autoSync,
    timers,
    syncs,
    settings,
    setSyncing: (value: boolean) => void (syncing = value),
    setAccount: (value: string | null) => void (account = value)
  }
}

describe('automatic sync', () => {
  it('syncs at start, then every N hours, announcing itself as automatic', () => {
    const { autoSync, timers, syncs } = setUp()
    autoSync.start()
    expect(syncs).toEqual([{ input: {}, extra: { automatic: true } }])
    expect(timers.delays).toEqual([6 * 3_600_000])
    timers.fire()
    expect(syncs).toHaveLength(2)
    expect(timers.pending()).toBe(true)
  })

  it('skips while a sync of that account runs, with no account, and when turned off', () => {
    const run = setUp()
    run.setSyncing(true)
    run.autoSync.start()
    expect(run.syncs).toHaveLength(0)
    run.setSyncing(false)
    run.setAccount(null)
    run.timers.fire()
    expect(run.syncs).toHaveLength(0)

    const off = setUp({ settings: { autoSync: false } })
    off.autoSync.start()
    off.timers.fire()
    expect(off.syncs).toHaveLength(0)
  })

  it('is off for the demo unless turned on, which never touches the saved setting', () => {
    const { autoSync, syncs, settings } = setUp({ account: DEMO_ACCOUNT })
    autoSync.start()
    expect(syncs).toHaveLength(0)
    expect(settings.get(DEMO_ACCOUNT).autoSync).toBe(false)
    settings.update(DEMO_ACCOUNT, { autoSync: true })
    expect(settings.get(DEMO_ACCOUNT).autoSync).toBe(true)
    expect(settings.get('profile-1').autoSync).toBe(true)
    settings.update('profile-1', { autoSync: false })
    expect(settings.get(DEMO_ACCOUNT).autoSync).toBe(true)
  })

  it('follows a changed interval, and stops for good on dispose', () => {
    const { autoSync, timers, settings, syncs } = setUp()
    autoSync.start()
    settings.update('profile-1', { everyHours: 2 })
    autoSync.reschedule()
    expect(timers.delays.at(-1)).toBe(2 * 3_600_000)
    autoSync.stop()
    expect(timers.pending()).toBe(false)
    autoSync.reschedule()
    expect(timers.pending()).toBe(false)
    expect(syncs).toHaveLength(1)
  })
})

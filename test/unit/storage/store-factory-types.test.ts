import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import ElectronStore from 'electron-store'
import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import type { ConfLike, CreateStore } from '../../../src/main/storage/settings-store'
import { openSettingsStore, settingsOptions } from '../../../src/main/storage/settings-store'
import { defaultSettings, type SettingsData } from '../../../src/main/storage/settings-schema'
import { silentLogger } from '../../../src/main/logging/logger'

// electron-store reads the app's data folder and version from Electron when it is built; this
// stand-in gives it a folder that must never be used (settingsOptions names its own).
const unusedUserData = join(mkdtempSync(join(tmpdir(), 'headcount-')), 'user-data-unused')
vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => unusedUserData, getVersion: () => '0.0.0-test' },
    ipcMain: { on: () => undefined }
  }
  return { default: electron, ...electron }
})

// Both factories the app uses must fit the one CreateStore port (the desktop app passes
// electron-store; the CLI, the preview and tests pass conf). `npm run typecheck` checks these.
const viaConf: CreateStore = (options) => new Conf<SettingsData>(options)
const viaElectronStore: CreateStore = (options) => new ElectronStore<SettingsData>(options)
expectTypeOf<ElectronStore<SettingsData>>().toExtend<ConfLike>()
expectTypeOf<Conf<SettingsData>>().toExtend<ConfLike>()

describe.each([
  ['conf', viaConf],
  ['electron-store', viaElectronStore]
])('the settings file through %s', (_name, createStore) => {
  it('lives in the folder Headcount names, starts from the defaults and keeps changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headcount-store-'))
    const first = openSettingsStore({ dir, createStore, logger: silentLogger })
    expect(first.store.path).toBe(join(dir, 'config.json'))
    expect(first.store.store).toEqual(defaultSettings())
    first.store.store = { ...first.store.store, allowWeakSecretStorage: true }
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual(first.store.store)
    expect(existsSync(unusedUserData)).toBe(false)

    const reopened = openSettingsStore({ dir, createStore, logger: silentLogger })
    expect(reopened.store.store).toEqual(first.store.store)
    expect(reopened.notice).toBeNull()
  })

  it('refuses data outside the settings schema instead of writing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headcount-store-'))
    const { store } = openSettingsStore({ dir, createStore, logger: silentLogger })
    const broken = { ...store.store, version: 'not a number' } as unknown as SettingsData
    expect(() => (store.store = broken)).toThrow(/schema/i)
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).version).not.toBe(
      'not a number'
    )
  })
})

describe('the store options', () => {
  it('passes the options the security checklist asks for', () => {
    const options = settingsOptions('/tmp/headcount-test')
    expect(options).toMatchObject({
      projectName: 'headcount',
      cwd: '/tmp/headcount-test',
      configFileMode: 0o600,
      clearInvalidConfig: false
    })
    expect(options).not.toHaveProperty('migrations')
    expect(options.schema).toBeDefined()
  })
})

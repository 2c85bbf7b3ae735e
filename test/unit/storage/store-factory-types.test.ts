import type Conf from 'conf'
import type ElectronStore from 'electron-store'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { ConfLike, CreateStore } from '../../../src/main/storage/settings-store'
import { settingsOptions } from '../../../src/main/storage/settings-store'
import type { SettingsData } from '../../../src/main/storage/settings-schema'

// Type-level checks (run by `tsc`): both factories the app uses fit the CreateStore port.
// electron-store is imported as a type only; loading it would load electron.
declare const ElectronStoreClass: typeof ElectronStore
declare const ConfClass: typeof Conf

describe('store factory port', () => {
  it('accepts conf and electron-store instances', () => {
    const viaConf: CreateStore = (options) => new ConfClass<SettingsData>(options)
    const viaElectron: CreateStore = (options) => new ElectronStoreClass<SettingsData>(options)
    expectTypeOf(viaConf).toEqualTypeOf<CreateStore>()
    expectTypeOf(viaElectron).toEqualTypeOf<CreateStore>()
    expectTypeOf<ElectronStore<SettingsData>>().toExtend<ConfLike>()
  })

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

import { Ajv2020 } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { copyFileSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  SettingsVersionError,
  migrateSettings,
  type MigrationStep
} from '../../../src/main/storage/settings-migrations'
import {
  SETTINGS_VERSION,
  settingsRootSchema,
  settingsSchema
} from '../../../src/main/storage/settings-schema'
import { FakeCipher } from '../../support/storage/fake-cipher'
import { openWith, useTempDirs } from '../../support/storage/temp-settings'

const fixtures = join(import.meta.dirname, 'fixtures')
const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(fixtures, name), 'utf8'))

const context = {
  newId: () => 'migrated-1',
  now: () => new Date('2026-11-01T00:00:00.000Z')
}

// The same validator conf builds: draft 2020-12 with formats.
const ajv = new Ajv2020({ allErrors: true })
addFormats.default(ajv)
const isCurrent = ajv.compile({ ...settingsRootSchema, type: 'object', properties: settingsSchema })

/** One fixture per version; add settings-v2.json's successor here when v3 ships. */
const pastVersions = ['settings-v0.json', 'settings-v1.json', 'settings-v2.json']

describe('settings migrations', () => {
  it.each(pastVersions)('%s becomes a valid current file', (name) => {
    const { data, toVersion } = migrateSettings(readFixture(name), context)
    expect(toVersion).toBe(SETTINGS_VERSION)
    expect(isCurrent(data), JSON.stringify(isCurrent.errors)).toBe(true)
  })

  it.each(pastVersions)('running the migrations twice on %s changes nothing', (name) => {
    const once = migrateSettings(readFixture(name), context)
    const twice = migrateSettings(structuredClone(once.data), context)
    expect(twice.changed).toBe(false)
    expect(twice.data).toEqual(once.data)
  })

  it('carries the v0 account, secret and export options into the first profile', () => {
    const { data, fromVersion } = migrateSettings(readFixture('settings-v0.json'), context)
    expect(fromVersion).toBe(0)
    expect(data).toEqual({
      version: 2,
      activeProfileId: 'migrated-1',
      profiles: [
        {
          id: 'migrated-1',
          name: 'My Zoom account',
          accountId: 'AbC123_-xyz',
          clientId: 'clientXYZ987',
          plan: 'business',
          hostEmail: 'admin@example.org',
          secret: {
            ciphertext: 'bWFjaGluZS1BfAECAwQFBgc=',
            backend: 'gnome_libsecret',
            savedAt: '2026-11-01T00:00:00.000Z'
          },
          createdAt: '2026-11-01T00:00:00.000Z'
        }
      ],
      exportDefaults: {
        attendanceThreshold: 80,
        timeZone: 'America/New_York',
        layout: 'one-row-per-person'
      },
      allowWeakSecretStorage: false,
      archive: { autoSync: true, everyHours: 6, retention: { keep: 'forever' } }
    })
  })

  it('gives a v1 file the archive defaults and keeps everything else as it was', () => {
    const v1 = readFixture('settings-v1.json') as Record<string, unknown>
    const { data, fromVersion } = migrateSettings(v1, context)
    expect(fromVersion).toBe(1)
    expect(data).toEqual({
      ...v1,
      version: 2,
      archive: { autoSync: true, everyHours: 6, retention: { keep: 'forever' } }
    })
  })

  it('keeps the archive settings of a v2 file as the admin chose them', () => {
    const { data, changed } = migrateSettings(readFixture('settings-v2.json'), context)
    expect(changed).toBe(false)
    expect(data.archive).toEqual({
      autoSync: false,
      everyHours: 12,
      retention: { keep: 'months', months: 18 }
    })
  })

  it('turns unusable v0 values into defaults instead of failing', () => {
    const { data } = migrateSettings({ threshold: 'eighty', accountId: 'only-account' }, context)
    expect(isCurrent(data)).toBe(true)
    expect(data).toMatchObject({ profiles: [], activeProfileId: null })
  })

  it('leaves the input object untouched', () => {
    const raw = readFixture('settings-v0.json')
    const copy = structuredClone(raw)
    migrateSettings(raw, context)
    expect(raw).toEqual(copy)
  })

  it('refuses files from a newer app and files without an object', () => {
    expect(() => migrateSettings({ version: SETTINGS_VERSION + 1 }, context)).toThrow(
      expect.objectContaining({ reason: 'newer-version' })
    )
    expect(() => migrateSettings([1, 2], context)).toThrow(SettingsVersionError)
    expect(() => migrateSettings({ version: 'one' }, context)).toThrow(
      expect.objectContaining({ reason: 'bad-version' })
    )
    // A newer layout that lost its version key is not v0: migrating it would drop profiles.
    const { version: _lost, ...unversioned } = readFixture('settings-v1.json') as {
      version: number
    }
    expect(() => migrateSettings(unversioned, context)).toThrow(
      expect.objectContaining({ reason: 'bad-version' })
    )
  })

  it('applies steps in order, so adding v2 is one more step', () => {
    const seen: number[] = []
    const steps: MigrationStep[] = [
      {
        to: 2,
        describe: 'rename',
        up: (d) => (seen.push(2), { ...d, renamed: d.old, old: undefined })
      },
      { to: 1, describe: 'start', up: (d) => (seen.push(1), { ...d, old: 'value' }) }
    ]
    const { data } = migrateSettings({}, context, steps, 2)
    expect(seen).toEqual([1, 2])
    expect(data).toMatchObject({ version: 2, renamed: 'value' })
    expect(migrateSettings(data, context, steps, 2).changed).toBe(false)
  })
})

describe('opening a past-version file', () => {
  const tempDir = useTempDirs()

  it('migrates v1 on disk, keeping a copy of the old file, and reads the archive defaults', () => {
    const dir = tempDir()
    copyFileSync(join(fixtures, 'settings-v1.json'), join(dir, 'config.json'))
    const opened = openWith(dir, new FakeCipher())
    expect(opened.notice).toBeNull()
    expect(opened.settings.archive()).toEqual({
      autoSync: true,
      everyHours: 6,
      retention: { keep: 'forever' }
    })
    expect(opened.profiles.list()).toMatchObject([{ accountId: 'AbC123_-xyz' }])
    expect(readdirSync(dir).some((name) => name.startsWith('config.before-v2-'))).toBe(true)
    expect(opened.settings.updateArchive({ retention: { keep: 'months', months: 3 } })).toEqual({
      autoSync: true,
      everyHours: 6,
      retention: { keep: 'months', months: 3 }
    })
    expect(openWith(dir, new FakeCipher()).settings.archive().retention).toEqual({
      keep: 'months',
      months: 3
    })
  })

  it('migrates v0 on disk, and a second start leaves the file byte-for-byte unchanged', () => {
    const dir = tempDir()
    copyFileSync(join(fixtures, 'settings-v0.json'), join(dir, 'config.json'))
    const opened = openWith(dir, new FakeCipher())
    expect(opened.notice).toBeNull()
    expect(opened.profiles.list()).toMatchObject([
      { accountId: 'AbC123_-xyz', plan: 'business', secretStatus: 'saved', isActive: true }
    ])
    expect(opened.settings.exportDefaults().attendanceThreshold).toBe(80)
    const afterFirst = readFileSync(join(dir, 'config.json'), 'utf8')
    expect(readdirSync(dir).filter((name) => !name.startsWith('config.before-v2-'))).toEqual([
      'config.json'
    ])

    const reopened = openWith(dir, new FakeCipher())
    expect(reopened.notice).toBeNull()
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(afterFirst)
  })
})

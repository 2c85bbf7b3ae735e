import Conf from 'conf'
import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../src/shared/app-error'
import { openSettings } from '../../../src/main/storage/index'
import { createSettingsRepo } from '../../../src/main/storage/settings-repo'
import { openSettingsStore } from '../../../src/main/storage/settings-store'
import { SETTINGS_VERSION } from '../../../src/main/storage/settings-schema'
import { silentLogger } from '../../../src/main/logging/logger'
import { FakeCipher } from '../../support/storage/fake-cipher'
import {
  openWith,
  recordingLogger,
  useTempDirs,
  validProfile
} from '../../support/storage/temp-settings'

const posix = process.platform !== 'win32'
const modeOf = (path: string): number => statSync(path).mode & 0o777
const backupsIn = (dir: string): string[] =>
  readdirSync(dir).filter((name) => /^config\.corrupt-.*\.json$/.test(name))

describe('settings file on disk (real conf)', () => {
  const tempDir = useTempDirs()

  // File modes are a POSIX concept; Windows relies on the per-user profile folder's ACL.
  it.skipIf(!posix)('is created with mode 0600 and tightened if it was looser', async () => {
    const dir = tempDir()
    const opened = openWith(dir, new FakeCipher())
    const file = join(dir, 'config.json')
    expect(modeOf(file)).toBe(0o600)
    await opened.profiles.create({ ...validProfile, clientSecret: 'abc' })
    expect(modeOf(file)).toBe(0o600)

    chmodSync(file, 0o644)
    openWith(dir, new FakeCipher())
    expect(modeOf(file)).toBe(0o600)
  })

  it('backs up a truncated file, recreates defaults, returns a notice and keeps working', async () => {
    const dir = tempDir()
    const first = openWith(dir, new FakeCipher())
    await first.profiles.create(validProfile)
    const file = join(dir, 'config.json')
    const full = readFileSync(file, 'utf8')
    const truncated = full.slice(0, Math.floor(full.length / 2))
    writeFileSync(file, truncated)

    const logger = recordingLogger()
    const now = (): Date => new Date('2026-11-23T01:02:03.004Z')
    const opened = openSettings({
      dir,
      createStore: (o) => new Conf(o),
      cipher: new FakeCipher(),
      logger,
      now
    })

    expect(opened.notice).toMatchObject({
      code: 'settings-reset',
      reason: 'unreadable',
      backupPath: join(dir, 'config.corrupt-2026-11-23T01-02-03-004Z.json')
    })
    expect(opened.notice?.message).toMatch(/damaged/)
    expect(opened.notice?.remedy).toMatch(/Add your Zoom account again/)
    expect(readFileSync(opened.notice!.backupPath, 'utf8')).toBe(truncated)
    expect(opened.profiles.list()).toEqual([])
    expect(opened.settings.exportDefaults().attendanceThreshold).toBe(75)
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(SETTINGS_VERSION)
    await opened.profiles.create(validProfile)
    expect(opened.profiles.list()).toHaveLength(1)
    expect(logger.lines.some((line) => line.message.includes('moved aside'))).toBe(true)
  })

  it.each([
    ['an empty file', '', 'unreadable'],
    ['a JSON array', '[]', 'invalid'],
    [
      'a value the schema forbids',
      JSON.stringify({ ...emptyCurrent(), allowWeakSecretStorage: 'yes' }),
      'invalid'
    ],
    [
      'a file from a newer Headcount',
      JSON.stringify({ ...emptyCurrent(), version: 99 }),
      'newer-version'
    ]
  ])('recovers from %s', (_label, content, reason) => {
    const dir = tempDir()
    writeFileSync(join(dir, 'config.json'), content)
    const opened = openWith(dir, new FakeCipher())
    expect(opened.notice?.reason).toBe(reason)
    expect(backupsIn(dir)).toHaveLength(1)
    expect(readFileSync(join(dir, backupsIn(dir)[0]), 'utf8')).toBe(content)
    expect(opened.settings.get().allowWeakSecretStorage).toBe(false)
  })

  it('keeps two backups apart when the file breaks twice in the same millisecond', () => {
    const dir = tempDir()
    const now = (): Date => new Date('2026-11-23T01:02:03.004Z')
    for (let i = 0; i < 2; i++) {
      writeFileSync(join(dir, 'config.json'), '{"broken":')
      openSettingsStore({ dir, createStore: (o) => new Conf(o), logger: silentLogger, now })
    }
    expect(backupsIn(dir)).toHaveLength(2)
  })

  it('rejects a schema violation with a plain error and leaves the file unchanged', () => {
    const dir = tempDir()
    const { store } = openSettingsStore({
      dir,
      createStore: (o) => new Conf(o),
      logger: silentLogger
    })
    const repo = createSettingsRepo(store)
    const before = readFileSync(store.path, 'utf8')

    let failure: unknown
    try {
      repo.update((draft) => {
        draft.exportDefaults.attendanceThreshold = 500
      })
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(AppFailure)
    expect((failure as AppFailure).appError).toMatchObject({
      code: 'invalid-input',
      message: 'Headcount could not save this change because some values are not allowed.',
      details: {
        fields: [{ field: 'exportDefaults/attendanceThreshold', message: 'must be <= 100' }]
      }
    })
    expect(readFileSync(store.path, 'utf8')).toBe(before)
  })

  it('does not wipe the file when it simply cannot be opened', () => {
    const dir = tempDir()
    const broken = openSettingsStore.bind(null, {
      dir,
      createStore: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
      },
      logger: silentLogger
    })
    writeFileSync(join(dir, 'config.json'), JSON.stringify(emptyCurrent()))
    expect(broken).toThrow(AppFailure)
    expect(backupsIn(dir)).toEqual([])
  })
})

function emptyCurrent(): Record<string, unknown> {
  return {
    version: SETTINGS_VERSION,
    activeProfileId: null,
    profiles: [],
    exportDefaults: { attendanceThreshold: 75, timeZone: null, layout: 'one-row-per-person' },
    allowWeakSecretStorage: false,
    archive: { autoSync: true, everyHours: 6, retention: { keep: 'forever' } }
  }
}

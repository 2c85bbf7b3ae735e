import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FakeCipher } from '../../support/storage/fake-cipher'
import { openWith, useTempDirs } from '../../support/storage/temp-settings'

// Issue 19, defect 1: opening settings must never throw away data it does not
// understand. An unknown shape is set aside byte for byte, a migrated file is copied first.

const fixtures = join(import.meta.dirname, '../../unit/storage/fixtures')
const corruptCopies = (dir: string): string[] =>
  readdirSync(dir).filter((name) => /^config\.corrupt-.*\.json$/.test(name))
const migrationCopies = (dir: string): string[] =>
  readdirSync(dir).filter((name) => /^config\.before-v\d+-.*\.json$/.test(name))

describe('a settings file whose version key is missing', () => {
  const tempDir = useTempDirs()

  it('is set aside byte for byte with a notice, not "migrated" into an empty file', () => {
    const dir = tempDir()
    const v1 = JSON.parse(readFileSync(join(fixtures, 'settings-v1.json'), 'utf8'))
    delete v1.version
    const content = JSON.stringify(v1, undefined, 2)
    writeFileSync(join(dir, 'config.json'), content)

    const opened = openWith(dir, new FakeCipher({ backend: 'keychain' }))

    expect(opened.notice).toMatchObject({ code: 'settings-reset', reason: 'invalid' })
    expect(opened.notice?.remedy).toContain(opened.notice!.backupPath)
    expect(corruptCopies(dir)).toHaveLength(1)
    expect(readFileSync(join(dir, corruptCopies(dir)[0]!), 'utf8')).toBe(content)
  })
})

describe('a successful migration', () => {
  const tempDir = useTempDirs()

  it('keeps a byte-identical copy of the old file, so nothing it dropped is lost', () => {
    const dir = tempDir()
    copyFileSync(join(fixtures, 'settings-v0.json'), join(dir, 'config.json'))
    const original = readFileSync(join(dir, 'config.json'), 'utf8')

    const opened = openWith(dir, new FakeCipher())

    expect(opened.notice).toBeNull()
    expect(opened.profiles.list()).toHaveLength(1)
    expect(migrationCopies(dir)).toHaveLength(1)
    expect(readFileSync(join(dir, migrationCopies(dir)[0]!), 'utf8')).toBe(original)
    // The copy is made once; a second start has nothing to migrate.
    openWith(dir, new FakeCipher())
    expect(migrationCopies(dir)).toHaveLength(1)
  })
})

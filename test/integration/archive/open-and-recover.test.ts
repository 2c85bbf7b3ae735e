// Opening the archive file in every state it can be found in: new, each past schema version,
// from a newer Headcount, not SQLite at all, damaged, locked, full, in a folder that can't be
// written. Each bad case gets one plain sentence and leaves nothing half-done.
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { openArchive } from '../../../src/main/archive'
import { describeArchiveError } from '../../../src/main/archive/archive-errors'
import { ArchiveDb } from '../../../src/main/archive/sqlite/archive-db'
import { latestVersion, migrations } from '../../../src/main/archive/sqlite/migrations'
import { sampleInstance } from '../../support/archive/sample-instances'
import { archivePath, useTempFolder } from '../../support/archive/temp-archive'

const tempFolder = useTempFolder()
const fixtures = join(__dirname, '../../fixtures/archive')
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const mode = (file: string): number => statSync(file).mode & 0o777

function userVersion(file: string): number {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version
  } finally {
    db.close()
  }
}

describe('opening the archive', () => {
  it('creates a new archive with owner-only permissions on the file, -wal and -shm', async () => {
    const file = archivePath(tempFolder())
    const archive = await openArchive(file)
    expect(archive.notices).toEqual([
      { kind: 'created', message: `A new, empty archive was created at ${file}.` }
    ])
    await archive.storeInstance(sampleInstance())
    expect(userVersion(file)).toBe(latestVersion)
    if (process.platform === 'win32') {
      console.log('skipped the mode check: Windows has no POSIX file modes')
    } else {
      expect(mode(file)).toBe(0o600)
      expect(mode(`${file}-wal`)).toBe(0o600)
      expect(mode(`${file}-shm`)).toBe(0o600)
    }
    await archive.close()
  })

  const pastVersions = readdirSync(fixtures).filter((name) => name.endsWith('.sqlite'))

  it('has a fixture for every schema version up to this one', () => {
    // Numbers reserved by work not merged yet may be missing; every shipped one has a fixture.
    for (const { version } of migrations) expect(pastVersions).toContain(`v${version}.sqlite`)
    expect(pastVersions).toContain('v0-empty.sqlite')
  })

  it.each(pastVersions)(
    'migrates the fixture %s to the latest version, keeping its data',
    async (name) => {
      const file = archivePath(tempFolder())
      copyFileSync(join(fixtures, name), file)
      const before = userVersion(file)
      const archive = await openArchive(file)
      expect(archive.notices).toEqual([])
      expect(userVersion(file)).toBe(latestVersion)
      const instances = await archive.listInstances({ account: 'profile-a' })
      if (before === 0) expect(instances).toEqual([])
      else {
        expect(instances.map((i) => i.uuid)).toContain('/fixture-week-1==')
        const week = await archive.readInstance('profile-a', 'fixture//week-2==')
        expect(week?.participants).toEqual(
          sampleInstance({ startMs: Date.UTC(2026, 8, 8, 17) }).participants
        )
        expect(await archive.syncWindows('profile-a')).toHaveLength(1)
      }
      // Still writable after the migration.
      await archive.storeInstance(sampleInstance({ uuid: 'after-migration' }))
      expect(await archive.hasInstance('profile-a', 'after-migration')).toBe(true)
      await archive.close()
    }
  )

  it('refuses a file from a newer Headcount with one sentence and leaves it byte-identical', async () => {
    const folder = tempFolder()
    const file = archivePath(folder)
    copyFileSync(join(fixtures, `v${latestVersion}.sqlite`), file)
    const db = new DatabaseSync(file)
    db.exec(`PRAGMA user_version = ${latestVersion + 1}`)
    db.close()
    const before = sha(file)
    await expect(openArchive(file)).rejects.toThrow(
      `The archive ${file} was written by a newer version of Headcount (archive format ${latestVersion + 1}; this version reads up to ${latestVersion}), so it was not opened and has not been changed.`
    )
    expect(sha(file)).toBe(before)
    expect(readdirSync(folder)).toEqual(['headcount.sqlite'])
  })

  it('sets a file that is not SQLite aside, untouched, and starts a new archive', async () => {
    const folder = tempFolder()
    const file = archivePath(folder)
    writeFileSync(file, 'meeting,uuid\n123,abc\n')
    const archive = await openArchive(file, { now: () => new Date('2026-12-01T10:00:00Z') })
    const aside = join(folder, 'headcount.not-sqlite-2026-12-01T10-00-00-000Z.sqlite')
    expect(archive.notices).toEqual([
      {
        kind: 'not-sqlite-set-aside',
        setAsidePath: aside,
        message: `The archive file was not a Headcount archive (it is not a SQLite database), so Headcount moved it to ${aside} and started a new, empty archive. Nothing was deleted.`
      }
    ])
    expect(readFileSync(aside, 'utf8')).toBe('meeting,uuid\n123,abc\n')
    await archive.storeInstance(sampleInstance())
    expect(await archive.hasInstance('profile-a', sampleInstance().detail.uuid)).toBe(true)
    await archive.close()
  })

  it('sets a damaged file aside, never deleting it, and says where it is', async () => {
    const folder = tempFolder()
    const file = archivePath(folder)
    copyFileSync(join(fixtures, `v${latestVersion}.sqlite`), file)
    // Scribble over the pages after the first: the header still says SQLite.
    const bytes = readFileSync(file)
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i] * 31 + 17) & 0xff
    writeFileSync(file, bytes)
    const damaged = sha(file)
    const archive = await openArchive(file)
    const [notice] = archive.notices
    expect(notice.kind).toBe('damaged-set-aside')
    expect(notice.message).toMatch(
      /^The archive file was damaged \(.+\), so Headcount moved it to .+headcount\.damaged-.+\.sqlite and started a new, empty archive\. Nothing was deleted: you can restore a backup with "Restore…"\.$/
    )
    expect(sha(notice.setAsidePath!)).toBe(damaged)
    expect(await archive.listInstances({ account: 'profile-a' })).toEqual([])
    expect(await archive.integrityCheck()).toEqual(['ok'])
    await archive.close()
  })

  it('says plainly when the folder cannot be written', async () => {
    const folder = tempFolder()
    // A folder path that runs through a file: mkdir fails whoever we are (root ignores modes).
    writeFileSync(join(folder, 'not-a-folder'), '')
    const file = join(folder, 'not-a-folder', 'headcount.sqlite')
    await expect(openArchive(file)).rejects.toThrow(
      `The archive could not be opened: Headcount is not allowed to write to ${file} or its folder.`
    )
  })

  it('waits for a lock, then says who holds it; nothing is half-written', async () => {
    const file = archivePath(tempFolder())
    const archive = await openArchive(file, { busyTimeoutMs: 150 })
    const other = new DatabaseSync(file, { timeout: 0 })
    other.exec('BEGIN IMMEDIATE')
    const failure = await archive.storeInstance(sampleInstance()).catch((e: Error) => e)
    expect((failure as Error).message).toBe(
      `The archive could not store this meeting: another Headcount window or a scheduled "headcount sync" is writing to ${file}.`
    )
    other.exec('ROLLBACK')
    other.close()
    expect(await archive.hasInstance('profile-a', sampleInstance().detail.uuid)).toBe(false)
    await archive.storeInstance(sampleInstance())
    expect(await archive.hasInstance('profile-a', sampleInstance().detail.uuid)).toBe(true)
    await archive.close()
  })

  it('a full disk mid-store keeps the archive consistent and says so in one sentence', async () => {
    const file = archivePath(tempFolder())
    await (await openArchive(file)).close()
    const core = ArchiveDb.open(file)
    core.storeInstance(sampleInstance({ uuid: 'before' }))
    const pages = (core.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count
    // SQLite's own size cap stands in for a full disk: the same SQLITE_FULL error.
    core.db.exec(`PRAGMA max_page_count = ${pages + 2}`)
    const big = sampleInstance({ uuid: 'too-big' })
    big.participants = Array.from({ length: 3000 }, (_, i) => ({
      ...big.participants[0],
      user_id: String(i)
    }))
    let failure: unknown
    try {
      core.storeInstance(big)
    } catch (error) {
      failure = describeArchiveError(error, file, 'store this meeting')
    }
    expect((failure as Error).message).toBe(
      `The archive could not store this meeting: the disk that holds ${file} is full.`
    )
    expect(core.reads.archivedUuids('profile-a', ['before', 'too-big'])).toEqual(
      new Set(['before'])
    )
    const check = core.db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }
    expect(check.integrity_check).toBe('ok')
    core.close()
    expect(existsSync(file)).toBe(true)
  })
})

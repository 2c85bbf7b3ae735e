// The long jobs, run in the archive worker: forgetting an account, pruning by age, backing up,
// restoring (and refusing a bad or newer backup), the full check, progress and cancelling.
import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../../../src/main/archive'
import { latestVersion } from '../../../src/main/archive/sqlite/migrations'
import { sampleInstance } from '../../support/archive/sample-instances'
import { archivePath, useTempFolder } from '../../support/archive/temp-archive'

const tempFolder = useTempFolder()
const fixtures = join(__dirname, '../../fixtures/archive')

async function archiveWith(
  accounts: string[],
  weeks: number,
  folder = tempFolder()
): Promise<Archive> {
  const archive = await openArchive(archivePath(folder))
  for (const account of accounts) {
    for (let week = 0; week < weeks; week++) {
      await archive.storeInstance(
        sampleInstance({
          account,
          uuid: `${account}-w${week}`,
          startMs: Date.UTC(2026, 0, 5 + week * 7, 17)
        })
      )
    }
  }
  return archive
}

function bigInstance(uuid: string, rows: number): ReturnType<typeof sampleInstance> {
  const input = sampleInstance({ uuid })
  const template = input.participants[1]
  input.participants = Array.from({ length: rows }, (_, i) => ({
    ...template,
    user_id: String(i),
    user_email: `p${i}@example.org`
  }))
  return input
}

describe('forget an account', () => {
  it('deletes every row of that account only, then gives the space back', async () => {
    const archive = await archiveWith(['keep', 'forget'], 2)
    for (let i = 0; i < 5; i++)
      await archive.storeInstance({ ...bigInstance(`forget-big-${i}`, 2000), account: 'forget' })
    await archive.setSyncWindow('forget', {
      hostZoomId: 'h',
      kind: 'meeting',
      month: '2026-01',
      state: 'complete',
      listed: 2,
      syncedAtMs: 1
    })
    await archive.recordFailure('forget', {
      uuid: 'x',
      meetingId: '1',
      kind: 'meeting',
      error: { code: 'network', message: 'No connection.' }
    })
    const before = await archive.stats()
    const progress: number[] = []
    await archive.forgetAccount('forget', { onProgress: (done) => progress.push(done) })
    const after = await archive.stats()
    expect(after.instances).toBe(2)
    expect(after.accounts).toBe(1)
    expect(after.bytes).toBeLessThan(before.bytes / 2)
    expect(progress.at(-1)).toBe(7)
    expect(await archive.listInstances({ account: 'forget' })).toEqual([])
    expect(await archive.syncWindows('forget')).toEqual([])
    expect(await archive.listFailures('forget')).toEqual([])
    expect(await archive.history('forget', { email: 'bo.lee@example.net' })).toEqual([])
    expect(await archive.listInstances({ account: 'keep' })).toHaveLength(2)
    expect(await archive.integrityCheck()).toEqual(['ok'])
    await archive.close()
  })
})

describe('retention', () => {
  it('keeps everything by default, and prunes instances older than N months', async () => {
    const archive = await archiveWith(['a', 'b'], 10) // Jan 5 .. Mar 9, 2026
    const now = new Date('2026-06-20T00:00:00Z')
    expect(await archive.prune({ keep: 'forever' }, now)).toBe(0)
    // Cutoff 2026-02-20: weeks 0..6 (Jan 5 .. Feb 16) go, in both accounts.
    expect(await archive.prune({ keep: 'months', months: 4 }, now)).toBe(14)
    const left = await archive.listInstances({ account: 'a' })
    expect(left.map((i) => i.uuid).sort()).toEqual(['a-w7', 'a-w8', 'a-w9'])
    expect(await archive.readInstance('a', 'a-w0')).toBeNull()
    expect((await archive.stats()).participantRows).toBe(6 * 7)
    await archive.close()
  })

  it('prunes one account only when asked to', async () => {
    const archive = await archiveWith(['a', 'b'], 10)
    const now = new Date('2026-06-20T00:00:00Z')
    expect(await archive.prune({ keep: 'months', months: 4 }, now, { account: 'b' })).toBe(7)
    expect(await archive.listInstances({ account: 'a' })).toHaveLength(10)
    expect(await archive.listInstances({ account: 'b' })).toHaveLength(3)
    await archive.close()
  })
})

describe('backup and restore', () => {
  it('backs up a consistent copy and restores it, keeping the replaced archive beside it', async () => {
    const folder = tempFolder()
    const archive = await archiveWith(['a'], 3, folder)
    const backup = join(tempFolder(), 'headcount-backup.sqlite')
    await archive.backupTo(backup)
    if (process.platform !== 'win32') expect(statSync(backup).mode & 0o777).toBe(0o600)
    await archive.storeInstance(sampleInstance({ account: 'a', uuid: 'after-backup' }))
    const { previousKeptAt } = await archive.restoreFrom(backup)
    expect(previousKeptAt).toMatch(/headcount\.before-restore-.+\.sqlite$/)
    expect(await archive.hasInstance('a', 'after-backup')).toBe(false)
    expect(await archive.listInstances({ account: 'a' })).toHaveLength(3)
    // The archive that was replaced is intact beside it.
    const kept = new DatabaseSync(previousKeptAt, { readOnly: true })
    const n = kept
      .prepare("SELECT count(*) AS n FROM instances WHERE uuid = 'after-backup'")
      .get() as { n: number }
    kept.close()
    expect(n.n).toBe(1)
    // And the restored archive takes writes.
    await archive.storeInstance(sampleInstance({ account: 'a', uuid: 'after-restore' }))
    expect(await archive.hasInstance('a', 'after-restore')).toBe(true)
    await archive.close()
  })

  it('restores an older-version backup by migrating it', async () => {
    const archive = await archiveWith(['a'], 1)
    const old = join(tempFolder(), 'old.sqlite')
    copyFileSync(join(fixtures, 'v1.sqlite'), old)
    await archive.restoreFrom(old)
    expect(await archive.hasInstance('profile-a', '/fixture-week-1==')).toBe(true)
    await archive.close()
  })

  it('refuses a damaged, a newer, a non-archive or a missing backup and changes nothing', async () => {
    const archive = await archiveWith(['a'], 2)
    const folder = tempFolder()
    const notSqlite = join(folder, 'notes.sqlite')
    writeFileSync(notSqlite, 'just some text, not a database at all')
    await expect(archive.restoreFrom(notSqlite)).rejects.toThrow(
      `The file ${notSqlite} is not a Headcount archive backup, or it is damaged`
    )
    const newer = join(folder, 'newer.sqlite')
    copyFileSync(join(fixtures, 'v1.sqlite'), newer)
    const db = new DatabaseSync(newer)
    db.exec(`PRAGMA user_version = ${latestVersion + 5}`)
    db.close()
    await expect(archive.restoreFrom(newer)).rejects.toThrow(
      /was written by a newer version of Headcount/
    )
    const foreign = join(folder, 'other-app.sqlite')
    const other = new DatabaseSync(foreign)
    other.exec('CREATE TABLE notes (body TEXT)')
    other.close()
    await expect(archive.restoreFrom(foreign)).rejects.toThrow(
      `The file ${foreign} is a database but not a Headcount archive.`
    )
    const damaged = join(folder, 'damaged.sqlite')
    copyFileSync(join(fixtures, 'v1.sqlite'), damaged)
    const bytes = new Uint8Array(statSync(damaged).size)
    const original = (await import('node:fs')).readFileSync(damaged)
    bytes.set(original)
    for (let i = 8192; i < bytes.length; i += 5) bytes[i] ^= 0x5a
    writeFileSync(damaged, bytes)
    await expect(archive.restoreFrom(damaged)).rejects.toThrow(/damaged/)
    await expect(archive.restoreFrom(join(folder, 'missing.sqlite'))).rejects.toThrow(
      /does not exist/
    )
    expect(await archive.listInstances({ account: 'a' })).toHaveLength(2)
    expect(existsSync(join(folder, 'headcount.sqlite'))).toBe(false)
    await archive.close()
  })
})

describe('the worker', () => {
  it('imports many instances off the calling thread, with progress', async () => {
    const archive = await openArchive(archivePath(tempFolder()))
    const inputs = Array.from({ length: 60 }, (_, i) => sampleInstance({ uuid: `import-${i}` }))
    const seen: [number, number][] = []
    const stored = await archive.importInstances(inputs, {
      onProgress: (d, t) => seen.push([d, t])
    })
    expect(stored).toBe(60)
    expect(seen.at(-1)).toEqual([60, 60])
    expect((await archive.stats()).instances).toBe(60)
    // Importing again replaces, never duplicates.
    await archive.importInstances(inputs)
    expect((await archive.stats()).participantRows).toBe(60 * 7)
    await archive.close()
  })

  it('stops when cancelled, keeping the whole instances stored before', async () => {
    const archive = await openArchive(archivePath(tempFolder()))
    const inputs = Array.from({ length: 200 }, (_, i) => sampleInstance({ uuid: `c-${i}` }))
    const controller = new AbortController()
    const run = archive.importInstances(inputs, {
      signal: controller.signal,
      onProgress: () => controller.abort()
    })
    await expect(run).rejects.toThrow('Stopped. Everything finished before you cancelled is kept.')
    const stats = await archive.stats()
    expect(stats.instances).toBeGreaterThan(0)
    expect(stats.instances).toBeLessThan(200)
    expect(stats.participantRows).toBe(stats.instances * 7)
    await archive.close()
  })

  it('reports instances it could not import, and stores the rest', async () => {
    const archive = await openArchive(archivePath(tempFolder()))
    const bad = sampleInstance({ uuid: 'bad' })
    bad.source = 'guess' as 'report'
    await expect(archive.importInstances([sampleInstance({ uuid: 'good' }), bad])).rejects.toThrow(
      "1 meetings were imported; 1 could not be: This meeting instance can't be archived: no source."
    )
    expect(await archive.hasInstance('profile-a', 'good')).toBe(true)
    await archive.close()
  })

  it('cancels a backup and leaves no half-written file', async () => {
    const archive = await openArchive(archivePath(tempFolder()))
    await archive.storeInstance(bigInstance('big', 20_000))
    const target = join(tempFolder(), 'cancelled-backup.sqlite')
    const controller = new AbortController()
    const run = archive.backupTo(target, {
      signal: controller.signal,
      onProgress: () => controller.abort()
    })
    await expect(run).rejects.toThrow(/Stopped/)
    expect(existsSync(target)).toBe(false)
    await archive.close()
  })
})

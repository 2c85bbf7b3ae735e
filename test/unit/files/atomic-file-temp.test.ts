import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, writeFileAtomicSync } from '../../../src/main/files/atomic-file'

// Issue 19 (low): a kill during a write left `.NAME.<pid>-<hex>.tmp` beside the target, holding
// attendee names and emails, readable by everyone (0644) and never cleaned up.

const posix = process.platform !== 'win32'
let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'atomic-temp-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** A pid that certainly belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  return child.pid!
}

const modeOf = (path: string): number => statSync(path).mode & 0o777

describe('temporary files of atomic writes', () => {
  // File modes are a POSIX concept; on Windows the per-user profile folder's ACL keeps it private.
  it.skipIf(!posix)('are private (0600) while written, even for a file saved as 0644', async () => {
    const target = join(folder, 'attendance.csv')
    const tempModes: number[] = []
    async function* rows(): AsyncGenerator<string> {
      yield 'Name,Email\r\n'
      for (const name of readdirSync(folder))
        if (name.endsWith('.tmp')) tempModes.push(modeOf(join(folder, name)))
      yield 'Ana,ana@example.org\r\n'
    }
    await writeFileAtomic(target, rows(), { mode: 0o644, flush: true })
    expect(tempModes).toEqual([0o600])
    expect(modeOf(target)).toBe(0o644)
  })

  it('sweeps stale temp files of our own pattern before writing, and nothing else', async () => {
    const dead = deadPid()
    const stale = `.attendance.csv.${dead}-0123456789ab.tmp`
    const otherStale = `.roll-up.csv.${dead}-ba9876543210.tmp`
    const live = `.attendance.csv.${process.pid}-aaaaaaaaaaaa.tmp`
    const unrelated = ['.attendance.csv.notes', 'attendance.csv.tmp', `.x.${dead}-nothex!.tmp`]
    for (const name of [stale, otherStale, live, ...unrelated])
      writeFileSync(join(folder, name), 'x')

    await writeFileAtomic(join(folder, 'attendance.csv'), 'Name\r\n')

    expect(readdirSync(folder).sort()).toEqual(['attendance.csv', live, ...unrelated].sort())
  })

  it('sweeps a temp file of a live pid once it is a day old (the pid was reused)', () => {
    const old = `.config.json.${process.pid}-cccccccccccc.tmp`
    writeFileSync(join(folder, old), 'x')
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000)
    utimesSync(join(folder, old), twoDaysAgo, twoDaysAgo)

    writeFileAtomicSync(join(folder, 'config.json'), '{}')

    expect(readdirSync(folder)).toEqual(['config.json'])
  })
})

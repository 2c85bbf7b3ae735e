import { type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openArchive } from '../../../src/main/archive'
import { monthWindows, syncRange } from '../../../src/main/attendance/archiving/sync-months'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import { callsSince, listableUuids } from '../../support/archive/sim-instances'
import { removeTempDirs, runChild, runInProcess, simEnv, tempDir } from './support/cli-harness'

// The demo org is seeded: a simulator started here holds the same meetings as the CLI's own.
let demo: RunningSimulator
beforeAll(async () => {
  demo = await startSimulator({ latencyMs: 0 })
})
afterAll(async () => {
  await demo.close()
  removeTempDirs()
})

const statsLine = /^sync instances=(\d+) heavy_calls=(\d+) seconds=([\d.]+) floor_seconds=([\d.]+)$/

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? ''
}

describe('headcount sync', () => {
  it('--demo twice: the second run finds nothing new; --stats ends with the figures', async () => {
    const home = tempDir('sync-home')
    const file = join(tempDir('sync-archive'), 'demo.sqlite')
    const env = { HOME: home, HEADCOUNT_LOG_DIR: join(home, 'logs') }
    // Meetings only: these figures are the meeting sync's (webinars: test/integration/attendance/webinars).
    const args = [
      'sync',
      '--demo',
      '--plan',
      'business',
      '--user',
      'me',
      '--meetings-only',
      '--archive',
      file
    ]
    const host = demo.org.users[0]!
    const expected = listableUuids(demo, [host.id])

    const first = await runInProcess([...args, '--stats'], env)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toBe('')
    expect(first.stderr).toContain(`${expected.length} new sessions, 0 already archived (1 host).`)
    const figures = statsLine.exec(lastLine(first.stderr))
    expect(figures, first.stderr).not.toBeNull()
    const [instances, heavy, seconds, floor] = figures!.slice(1).map(Number)
    expect(instances).toBe(expected.length)
    // Heavy calls: one detail and the participant pages per instance, plus the month listings.
    const pages = expected.reduce(
      (n, uuid) => n + Math.ceil(demo.org.participants(uuid).length / 300),
      0
    )
    const listings = monthWindows(syncRange(new Date()), new Date()).length
    expect(heavy).toBeLessThanOrEqual(expected.length + pages + listings)
    expect(floor).toBeCloseTo(heavy / 40, 1)
    expect(seconds).toBeGreaterThan(0)

    const second = await runInProcess(args, env)
    expect(second.code, second.stderr).toBe(0)
    expect(second.stderr).toContain(`0 new sessions, ${expected.length} already archived`)

    const archive = await openArchive(file)
    expect((await archive.accountStats('demo')).instances).toBe(expected.length)
    await archive.close()
  })

  it('takes the archive from $HEADCOUNT_ARCHIVE, and refuses bad dates before any call', async () => {
    const home = tempDir('sync-env')
    const file = join(home, 'from-env.sqlite')
    const env = { HOME: home, HEADCOUNT_LOG_DIR: join(home, 'logs'), HEADCOUNT_ARCHIVE: file }
    const run = await runInProcess(
      ['sync', '--demo', '--plan', 'business', '--user', 'me', '--from', '2099-01-01'],
      env
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('0 new sessions')
    const archive = await openArchive(file)
    expect((await archive.syncWindows('demo')).length).toBe(0)
    await archive.close()

    const reversed = await runInProcess(
      ['sync', '--demo', '--from', '2026-03-01', '--to', '2026-02-01'],
      env
    )
    expect(reversed.code).toBe(2)
    expect(reversed.stderr).toMatch(/is after the end date/)
    const unknown = await runInProcess(['sync', '--demo', '--user', 'nobody@example.org'], env)
    expect(unknown.code).toBe(4)
    expect(unknown.stderr).toMatch(/There is no user nobody@example.org/)
  })
})

describe('a sync killed with SIGKILL', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startSimulator({ plan: 'business', latencyMs: { meanMs: 15, jitterMs: 5 } })
  })
  afterAll(() => sim.close())

  it('keeps what it stored, and a rerun archives the rest once, fetching none twice', async () => {
    const dir = tempDir('sync-kill')
    const file = join(dir, 'headcount.sqlite')
    const env = { ...simEnv(sim, join(dir, 'logs')), HOME: dir }
    const host = sim.org.users[0]!
    const expected = listableUuids(sim, [host.id])
    const args = [
      'sync',
      '--plan',
      'business',
      '--user',
      host.email,
      '--meetings-only',
      '--archive',
      file
    ]

    let child: ChildProcess | null = null
    const killed = runChild(args, env, (started) => (child = started))
    const watcher = await waitForArchive(file)
    while ((await watcher.accountStats(account(sim))).instances < 5) await pause(20)
    child!.kill('SIGKILL')
    const first = await killed
    expect(first.code).toBe(-1) // killed, no exit code
    const stored = (await watcher.accountStats(account(sim))).instances
    expect(stored).toBeGreaterThanOrEqual(5)
    expect(stored).toBeLessThan(expected.length)

    const before = sim.stats().byEndpoint
    const rerun = await runChild(args, env)
    expect(rerun.code, rerun.stderr).toBe(0)
    expect(rerun.stderr).toContain(
      `${expected.length - stored} new sessions, ${stored} already archived`
    )
    // Only the instances the killed run had not stored were fetched again.
    expect(callsSince(sim, before).reportMeeting).toBe(expected.length - stored)

    const archived = await watcher.listInstances({ account: account(sim) })
    expect(archived.map((i) => i.uuid).sort()).toEqual([...expected].sort())
    for (const uuid of expected.slice(0, 5)) {
      const copy = await watcher.readInstance(account(sim), uuid)
      expect(copy?.participants).toHaveLength(sim.org.participants(uuid).length)
    }
    await watcher.close()
  }, 60_000)
})

/** With no saved profile for this Zoom account, the CLI names the archive account after it. */
function account(sim: RunningSimulator): string {
  return `zoom-account-${sim.accountId}`
}

async function waitForArchive(file: string) {
  for (;;) {
    try {
      const archive = await openArchive(file)
      return archive
    } catch {
      await pause(50)
    }
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

// `attendance` and `rollup` read the archive first and keep what they fetch; with --offline they
// read only the archive: the same CSV byte for byte, with Zoom stopped, and exit 4 with a clear
// sentence for a meeting that is not archived.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import { parseCsv, runInProcess, simEnv, tempDir, removeTempDirs } from './support/cli-harness'

let sim: RunningSimulator
let env: Record<string, string>

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
  env = simEnv(sim, tempDir('offline-logs'))
})
afterAll(async () => {
  await sim.close()
  removeTempDirs()
})

/** Only the account id: --offline needs no secret, and gets none. */
const offlineEnv = (): Record<string, string> => ({
  ZOOM_ACCOUNT_ID: env.ZOOM_ACCOUNT_ID!,
  HEADCOUNT_LOG_DIR: env.HEADCOUNT_LOG_DIR!,
  HEADCOUNT_ARCHIVE: env.HEADCOUNT_ARCHIVE!
})

describe('headcount attendance and rollup, archive first', () => {
  it('prints the same CSV offline, with Zoom stopped, as online; a meeting not archived exits 4', async () => {
    // Its own simulator, since this test stops it.
    const own = await startSimulator({ latencyMs: 0, plan: 'business' })
    const env = simEnv(own, tempDir('offline-stopped'))
    const offlineEnv = (): Record<string, string> => ({
      ZOOM_ACCOUNT_ID: env.ZOOM_ACCOUNT_ID!,
      HEADCOUNT_LOG_DIR: env.HEADCOUNT_LOG_DIR!,
      HEADCOUNT_ARCHIVE: env.HEADCOUNT_ARCHIVE!
    })
    const sim = own
    const showcase = sim.org.findQuirkMeeting('showcase')
    const uuid = showcase.instance!.uuid
    const recurring = String(sim.org.findQuirkMeeting('no-registration').meeting.id)
    const online = await runInProcess(['attendance', uuid, '--tz', 'Europe/Berlin'], env)
    expect(online.code).toBe(0)
    expect(existsSync(env.HEADCOUNT_ARCHIVE!)).toBe(true)
    // A month of weekly runs keeps this quick.
    const month = [
      '--from',
      new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
      '--to',
      '9999-12-31'
    ]
    const rolled = await runInProcess(
      ['rollup', '--meeting', recurring, '--layout', 'matrix', ...month],
      env
    )
    expect(rolled.code).toBe(0)
    expect(parseCsv(rolled.stdout).length).toBeGreaterThan(2)
    const before = sim.stats().requests
    // Online again: archive first, so no participant pages are fetched for the same meeting.
    const again = await runInProcess(['attendance', uuid, '--tz', 'Europe/Berlin'], env)
    expect(again.stdout).toBe(online.stdout)
    expect(sim.stats().requests).toBe(before)

    const other = sim.org.findQuirkMeeting('double-slash-uuid').instance!.uuid
    await sim.close()
    const offline = await runInProcess(
      ['attendance', uuid, '--tz', 'Europe/Berlin', '--offline'],
      offlineEnv()
    )
    expect(offline.code).toBe(0)
    expect(offline.stdout).toBe(online.stdout)
    expect(parseCsv(offline.stdout).length).toBeGreaterThan(3)
    const offlineRollup = await runInProcess(
      ['rollup', '--meeting', recurring, '--layout', 'matrix', ...month, '--offline'],
      offlineEnv()
    )
    expect(offlineRollup.code).toBe(0)
    expect(offlineRollup.stdout).toBe(rolled.stdout)
    expect(offlineRollup.stderr).toMatch(/Note: Working offline, so this shows only/)

    const missing = await runInProcess(['attendance', other, '--offline'], offlineEnv())
    expect(missing.code).toBe(4)
    expect(missing.stdout).toBe('')
    expect(missing.stderr.trim()).toBe(
      `Meeting ${other} is not archived on this computer, and Headcount is working offline. Open it once while Zoom can be reached (or sync the archive); after that it works offline.`
    )
  })

  it('offline needs to know whose archive to read, and reads nothing over the network', async () => {
    const run = await runInProcess(['attendance', '85212345678', '--offline'], {
      HEADCOUNT_LOG_DIR: env.HEADCOUNT_LOG_DIR,
      HEADCOUNT_ARCHIVE: join(tempDir('offline-empty'), 'headcount.sqlite')
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/which Zoom account's archive.*ZOOM_ACCOUNT_ID.*--demo/)
  })

  it('--archive FILE wins over HEADCOUNT_ARCHIVE', async () => {
    const file = join(tempDir('offline-flag'), 'chosen.sqlite')
    const uuid = sim.org.findQuirkMeeting('showcase').instance!.uuid
    const run = await runInProcess(['--archive', file, 'attendance', uuid], env)
    expect(run.code).toBe(0)
    expect(existsSync(file)).toBe(true)
    const offline = await runInProcess(['--archive', file, 'attendance', uuid, '--offline'], {
      ...offlineEnv(),
      ZOOM_ACCOUNT_ID: env.ZOOM_ACCOUNT_ID!
    })
    expect(offline.stdout).toBe(run.stdout)
  })
})

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import {
  binEntry,
  parseCsv,
  runChild,
  runInProcess,
  simEnv,
  tempDir,
  removeTempDirs
} from './support/cli-harness'
import { startDailyLimitZoom } from './support/daily-limit-zoom'

let sim: RunningSimulator
let logDir: string
let env: Record<string, string>

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
  logDir = tempDir('exit-logs')
  env = simEnv(sim, logDir)
})
afterAll(async () => {
  await sim.close()
  removeTempDirs()
})

const oneLine = (text: string): void => {
  expect(text.trim().split('\n')).toHaveLength(1)
}

/** The note an export carries while some of its matches still need review. */
const reviewNote =
  /^Note: \d+ match(es in this export are| in this export is) Headcount’s best guess.*\n/m

describe('headcount as a child process: exit codes and streams', () => {
  it('bad usage exits 2 with one sentence naming the fix', async () => {
    const children = await Promise.all([
      runChild(['attendance'], env),
      runChild(['attendance', '123', '--threshold', '120'], env)
    ])
    // The same checks in-process: argument parsing is identical, and a child costs a second.
    const inProcess = await Promise.all([
      runInProcess(['rollup', '--user', 'me', '--from', '2026-02-30', '--to', '2026-03-10'], env),
      runInProcess(['attendance', '123', '--tz', 'Mars/Olympus'], env),
      runInProcess(['rollup', '--meeting', '123', '--layout', 'wide'], env),
      runInProcess(['rollup', '--user', 'me', '--meeting', '123'], env),
      runInProcess(['users', '--status', 'retired'], env),
      runInProcess([], env)
    ])
    const runs = [...children, ...inProcess]
    for (const run of runs.slice(0, -1)) {
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      oneLine(run.stderr)
    }
    expect(runs[0]?.stderr).toMatch(/Missing required argument 'meeting'.*headcount --help/)
    expect(runs[1]?.stderr).toMatch(/threshold "120".*0 to 100/)
    expect(runs[2]?.stderr).toMatch(/2026-02-30.*not a real date/)
    expect(runs[3]?.stderr).toMatch(/Mars\/Olympus.*time zone/)
    expect(runs[4]?.stderr).toMatch(/"wide".*long, matrix/)
    expect(runs[5]?.stderr).toMatch(/either --user or --meeting/)
    expect(runs[6]?.stderr).toMatch(/"retired".*active, inactive, pending/)
    // No command at all: the help, on stderr, and still exit 2.
    expect(runs[7]?.code).toBe(2)
    expect(runs[7]?.stderr).toMatch(/Usage: headcount/)
  })

  it('missing credentials exit 3 and name the three variables and --demo', async () => {
    const run = await runChild(['users'], { HEADCOUNT_LOG_DIR: logDir })
    expect(run.code).toBe(3)
    oneLine(run.stderr)
    for (const name of ['ZOOM_ACCOUNT_ID', 'ZOOM_CLIENT_ID', 'ZOOM_CLIENT_SECRET', '--demo']) {
      expect(run.stderr).toContain(name)
    }
  })

  it('a wrong secret exits 3 and is never printed', async () => {
    const wrong = 'wrong-secret-abcdefghijklmnop1234'
    const run = await runChild(['users'], { ...env, ZOOM_CLIENT_SECRET: wrong })
    expect(run.code).toBe(3)
    oneLine(run.stderr)
    expect(run.stderr).toMatch(/Client Secret/)
    // The terminal's own next step, not the window's button.
    expect(run.stderr).toMatch(/then run the command again\.$/m)
    expect(run.stderr).not.toMatch(/click/i)
    expect(run.stderr + run.stdout).not.toContain(wrong)
  })

  it('an unknown meeting exits 4; a used-up daily limit exits 5', async () => {
    const daily = await startDailyLimitZoom()
    try {
      const [unknown, limited] = await Promise.all([
        runChild(['attendance', '99999999999'], env),
        runChild(['attendance', '85212345678'], {
          ...env,
          ZOOM_API_BASE_URL: daily.apiBaseUrl,
          ZOOM_OAUTH_URL: daily.oauthUrl
        })
      ])
      expect(unknown.code).toBe(4)
      oneLine(unknown.stderr)
      expect(unknown.stderr).toMatch(/could not find/i)
      expect(limited.code).toBe(5)
      oneLine(limited.stderr)
      expect(limited.stderr).toMatch(/daily limit/i)
    } finally {
      await daily.close()
    }
  })

  it('prints Excel-ready CSV to stdout, or saves it and says where; logs hold no secret', async () => {
    const uuid = sim.org.findQuirkMeeting('showcase').instance?.uuid ?? ''
    const out = join(tempDir('csv-out'), 'showcase.csv')
    const [printed, saved] = await Promise.all([
      runChild(['attendance', uuid, '--plan', 'business'], env),
      runChild(['attendance', uuid, '--plan', 'business', '--csv', out], env)
    ])
    expect(printed.code).toBe(0)
    // The showcase meeting has matches awaiting review: the one note says so, nothing else.
    expect(printed.stderr).toMatch(reviewNote)
    expect(printed.stderr.replace(reviewNote, '')).toBe('')
    expect(printed.stdout.startsWith('\uFEFFMeeting ID,')).toBe(true)
    expect(printed.stdout.replace(/\r\n/g, '')).not.toMatch(/\n/)
    const rows = parseCsv(printed.stdout)
    expect(rows.length).toBeGreaterThan(30)

    expect(saved.code).toBe(0)
    expect(saved.stdout).toBe('')
    expect(saved.stderr.replace(reviewNote, '').trim()).toBe(`Saved ${rows.length} rows to ${out}`)
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout)

    const logs = readdirSync(logDir).map((name) => readFileSync(join(logDir, name), 'utf8'))
    expect(logs.join('').length).toBeGreaterThan(0)
    expect(logs.join('')).not.toContain(sim.clientSecret)
  })

  it('the bin launcher runs with --demo and needs no credentials', async () => {
    const run = await runChild(
      ['--demo', 'users', '--status', 'pending'],
      { HEADCOUNT_LOG_DIR: logDir },
      undefined,
      binEntry
    )
    expect(run.code).toBe(0)
    expect(parseCsv(run.stdout).every((user) => user.Status === 'pending')).toBe(true)
  })

  it('Ctrl+C stops a long run: exit 1, "Stopped before it finished.", no partial CSV', async () => {
    const slow = await startSimulator({ latencyMs: 150, plan: 'business' })
    const out = join(tempDir('cancel-out'), 'rollup.csv')
    try {
      const meeting = slow.org.findQuirkMeeting('recurring-registration').meeting
      const running = runChild(
        ['rollup', '--meeting', String(meeting.id), '--csv', out],
        simEnv(slow, logDir),
        (child) => {
          // Interrupt once the run is surely under way: a few instance requests have arrived.
          const timer = setInterval(() => {
            if (slow.stats().requests >= 6) {
              clearInterval(timer)
              child.kill('SIGINT')
            }
          }, 20)
          child.on('close', () => clearInterval(timer))
        }
      )
      const run = await running
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe('Stopped before it finished.')
      expect(existsSync(out)).toBe(false)
    } finally {
      await slow.close()
    }
  })
})

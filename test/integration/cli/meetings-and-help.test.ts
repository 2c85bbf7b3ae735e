import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import { parseCsv, removeTempDirs, runInProcess, simEnv, tempDir } from './support/cli-harness'

let sim: RunningSimulator
let env: Record<string, string>

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
  env = simEnv(sim, tempDir('meetings-logs'))
})
afterAll(async () => {
  await sim.close()
  removeTempDirs()
})

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

describe('headcount meetings', () => {
  it('lists "me" by default and says whose meetings they are and what to run next', async () => {
    const run = await runInProcess(['meetings', '--plan', 'business'], env)
    expect(run.code).toBe(0)
    const host = sim.org.findUser('me')!
    const ids = parseCsv(run.stdout).map((row) => row['Meeting ID'])
    const hosted = sim.org.meetingsHostedBy(host.id).map((meeting) => String(meeting.id))
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(hosted).toContain(id)
    expect(run.stderr).toContain(`Note: Meetings of ${host.email} ("me": `)
    expect(run.stderr).toMatch(new RegExp(`run: headcount attendance (${ids.join('|')})\\n`, 'm'))
  })

  it('takes --type past: the sessions held, with the UUID attendance takes', async () => {
    const host = sim.org.findUser('me')!
    const from = day(Date.now() - 60 * 86_400_000)
    const args = ['meetings', '--type', 'past', '--user', host.email, '--from', from]
    const run = await runInProcess([...args, '--plan', 'business'], env)
    expect(run.code).toBe(0)
    const rows = parseCsv(run.stdout)
    expect(rows.length).toBeGreaterThan(3)
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(['Meeting ID', 'Meeting UUID', 'Topic'])
    for (const row of rows) expect(sim.org.findInstance(row['Meeting UUID']!)).toBeDefined()
    const latest = rows.at(-1)!['Meeting UUID']!
    expect(run.stderr).toContain(`run: headcount attendance "${latest}"`)
    // The suggested command works.
    const attendance = await runInProcess(['attendance', latest, '--plan', 'business'], env)
    expect(attendance.code).toBe(0)
    // Without --from the last 30 days, as in the window.
    const recent = await runInProcess(['meetings', '--type', 'PAST', '--plan', 'business'], env)
    expect(recent.code).toBe(0)
    expect(recent.stderr).toContain(
      `from ${day(Date.now() - 30 * 86_400_000)} to ${day(Date.now())}`
    )
  })

  it('refuses --from without --type past, in one sentence with the fix', async () => {
    const run = await runInProcess(['meetings', '--from', '2026-01-01'], env)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      '--from and --to go with --type past. Add --type past to list the sessions held between those days.\n'
    )
  })

  it('in the demo, names the demo host and suggests --demo commands', async () => {
    const run = await runInProcess(['--demo', 'meetings'], {
      HEADCOUNT_LOG_DIR: env.HEADCOUNT_LOG_DIR
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/Note: Meetings of \S+@\S+ \("me": the demo organisation’s host\)\./)
    expect(run.stderr).toMatch(/run: headcount --demo attendance \d{9,}/)
  })
})

describe('headcount --help', () => {
  it('says how to point it at another Zoom endpoint, such as the simulator', async () => {
    const run = await runInProcess(['--help'], env)
    expect(run.code).toBe(0)
    for (const words of ['ZOOM_API_BASE_URL', 'ZOOM_OAUTH_URL', 'npm run sim', 'clientSecret']) {
      expect(run.stdout).toContain(words)
    }
  })

  it('calls one occurrence a session in every command, never a run or an instance', async () => {
    const helps = await Promise.all(
      [[], ['meetings'], ['attendance'], ['rollup'], ['users']].map((command) =>
        runInProcess([...command, '--help'], env)
      )
    )
    for (const help of helps) {
      expect(help.code).toBe(0)
      expect(help.stdout).not.toMatch(/\binstances?\b/i)
      expect(help.stdout).not.toMatch(/\b(latest|every|past|one|each) runs?\b/i)
    }
    expect(helps[2]?.stdout).toMatch(/latest session/)
    expect(helps[3]?.stdout).toMatch(/matrix .*\(default: "matrix"\)/s)
  })
})

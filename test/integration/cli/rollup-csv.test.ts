import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MemoryStream } from '../../../src/main/cli/cli-io'
import { rollUpCommand } from '../../../src/main/cli/commands/rollup-command'
import { toCsvString } from '../../../src/main/csv'
import { silentLogger } from '../../../src/main/logging/logger'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import { createZoomClient, type ZoomClient } from '../../../src/main/zoom'
import {
  parseCsv,
  parseCsvRows,
  runInProcess,
  simEnv,
  tempDir,
  removeTempDirs
} from './support/cli-harness'
import { canonical, expectedAttendance } from './support/reference-attendance'

let sim: RunningSimulator
let env: Record<string, string>
const dayMs = 86_400_000
const reportDelayMs = 30 * 60_000

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
  env = simEnv(sim, tempDir('rollup-logs'))
})
afterAll(async () => {
  await sim.close()
  removeTempDirs()
})

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Calls through to the client, letting the test break things at chosen points mid-run. */
function withHooks(client: ZoomClient, onCall: (name: string, count: number) => void): ZoomClient {
  let count = 0
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        onCall(String(property), ++count)
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    }
  })
}

describe('headcount rollup matches an independent calculation', () => {
  it('every run of a recurring meeting, through 429 bursts and a revoked token mid-run', async () => {
    const meeting = sim.org.findQuirkMeeting('recurring-registration').meeting
    const ready = meeting.instances.filter((i) => i.endTime + reportDelayMs <= Date.now())
    expect(ready.length).toBeGreaterThan(10)
    const before = sim.stats()
    const base = createZoomClient({
      accountId: sim.accountId,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      apiBaseUrl: sim.apiBaseUrl,
      oauthUrl: sim.oauthUrl,
      plan: 'business',
      backoff: { baseMs: 20, capMs: 200 }
    })
    let participantLists = 0
    const client = withHooks(base, (name) => {
      if (name !== 'listReportParticipants') return
      participantLists++
      if (participantLists === 4) sim.faults.revokeAllTokens()
      if (participantLists === 9) sim.faults.force429Burst(2, 'Heavy')
      if (participantLists === 15) sim.faults.force429Burst(2, 'Medium')
    })
    const io = { stdout: new MemoryStream(), stderr: new MemoryStream(), env: {} }
    const result = await rollUpCommand(
      { client, logger: silentLogger, io },
      { selection: { kind: 'recurring', meetingId: String(meeting.id) }, layout: 'long' }
    )
    expect(result.incomplete).toBeNull()
    const rows = parseCsv(toCsvString(result.table!))
    const expected = ready.flatMap((instance) => expectedAttendance(sim, instance.uuid))
    expect(canonical(rows)).toEqual(canonical(expected))
    const after = sim.stats()
    expect(after.r429 - before.r429).toBeGreaterThanOrEqual(2)
    expect(after.tokensIssued - before.tokensIssued).toBeGreaterThanOrEqual(2)
  })

  it("a host's meetings over more than a month, filtered by topic, long and matrix", async () => {
    const meeting = sim.org.findQuirkMeeting('recurring-registration').meeting
    const host = sim.org.findUser(meeting.hostId)
    if (!host) throw new Error('no host')
    const now = Date.now()
    const from = day(now - 100 * dayMs)
    const to = day(now)
    const inRange = meeting.instances.filter(
      (i) =>
        i.startTime >= Date.parse(`${from}T00:00:00Z`) &&
        i.endTime + reportDelayMs <= now &&
        sim.org.uniqueParticipantCount(i.uuid) >= 2
    )
    expect(inRange.length).toBeGreaterThan(8)
    const args = ['rollup', '--user', host.email, '--from', from, '--to', to, '--plan', 'business']

    const long = await runInProcess(
      [...args, '--topic', 'vOLUNTEER onboard', '--layout', 'long'],
      env
    )
    // The first read of the file's run creates the archive and says where (once).
    // Some sessions hold matches awaiting review: one note says so.
    expect(
      long.stderr
        .replace(/^Note: A new, empty archive was created at .*\n/, '')
        .replace(/^Note: \d+ matches in this export are Headcount’s best guess.*\n/m, '')
    ).toBe('')
    expect(long.code).toBe(0)
    const expected = inRange.flatMap((instance) => expectedAttendance(sim, instance.uuid))
    expect(canonical(parseCsv(long.stdout))).toEqual(canonical(expected))

    // The matrix is the default, as in the window.
    const matrix = await runInProcess([...args, '--topic', 'Onboarding'], env)
    expect(matrix.code).toBe(0)
    const [headers, ...body] = parseCsvRows(matrix.stdout)
    expect(headers?.slice(0, 4)).toEqual(['Name', 'Email', 'Sessions Attended', 'Total Minutes'])
    expect(headers?.length).toBe(4 + inRange.length + 2)
    expect(headers?.slice(-2)).toEqual(['Matched By', 'Needs Review'])
    const present = expected.filter((r) => r.Status === 'Attended' || r.Status === 'Partial')
    const attended = body.reduce((sum, row) => sum + Number(row[2]), 0)
    expect(attended).toBe(present.length)
  })

  it('names a meeting it could not read, keeps the rest, and exits non-zero', async () => {
    const pending = sim.org.findQuirkMeeting('report-pending').meeting
    const run = await runInProcess(
      ['rollup', '--meeting', String(pending.id), '--plan', 'business'],
      env
    )
    expect(run.code).toBe(1)
    expect(parseCsvRows(run.stdout)).toHaveLength(1)
    expect(run.stderr).toMatch(/Meeting \d+ of .* was left out: Zoom has not finished preparing/)
    expect(run.stderr).toMatch(/The CSV leaves out 1 of 1 sessions\./)
  })

  it('a topic that matches nothing gives a header-only CSV and says so', async () => {
    const host = sim.org.findUser('me')
    if (!host) throw new Error('no host')
    const now = Date.now()
    const run = await runInProcess(
      ['rollup', '--user', host.email, '--from', day(now - 20 * dayMs), '--to', day(now)].concat([
        '--topic',
        'no such topic anywhere',
        '--plan',
        'business'
      ]),
      env
    )
    expect(run.code).toBe(0)
    expect(parseCsvRows(run.stdout)).toHaveLength(1)
    expect(run.stderr).toMatch(/No sessions matched/)
  })
})

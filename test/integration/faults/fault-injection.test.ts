import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AppError } from '../../../src/shared/app-error'
import { startSimulator } from '../../../src/main/simulator'
import type { RunningSimulator } from '../../../src/main/simulator'
import { createZoomClient } from '../../../src/main/zoom'
import type { ZoomClientConfig } from '../../../src/main/zoom'
import { connectedCore } from '../../support/connected-core'
import { faultCases } from './fault-catalogue'
import type { FaultCase } from './fault-catalogue'

// Issue 19: every fault in fault-catalogue.ts runs through the real Zoom client and through the
// real IPC router of a connected core, against the simulator. Each run must fetch every row (as
// many as a clean run) or end in the catalogue's named error, never in a quiet short answer.

/** Short deadline, tiny backoff, few tries: the same logic as the app, at test speed. */
const fast: Partial<ZoomClientConfig> = {
  backoff: { baseMs: 2, capMs: 10 },
  requestTimeoutMs: 250,
  maxAttempts: 3,
  maxRetryWaitMs: 2_000,
  pacingFraction: 1
}

type Outcome = { ok: true; rows: number; csv?: string } | { ok: false; error: AppError }

interface Flow {
  name: string
  paged: boolean
  run(): Promise<Outcome>
}

let sim: RunningSimulator
let activeUsers = 0
let exportUuid = ''
let clean: { rows: number; csv: string }

beforeAll(async () => {
  // 700 users: three pages of 300, so page-2 faults have a page 2.
  sim = await startSimulator({ latencyMs: 0, rateLimits: false, size: { users: 700 } })
  activeUsers = sim.org.users.filter((user) => user.status === 'active').length
  exportUuid = sim.org.findQuirkMeeting('showcase').instance!.uuid
  const baseline = await exportAttendance()
  if (!baseline.ok || baseline.csv === undefined) throw new Error('The clean export failed.')
  clean = { rows: baseline.rows, csv: baseline.csv }
})
afterAll(() => sim.close())
afterEach(() => sim.faults.reset())

async function core(saveDir: string | null = null): ReturnType<typeof connectedCore> {
  return connectedCore(sim, {
    saveDir,
    plan: 'business',
    createClient: (config) => createZoomClient({ ...config, ...fast })
  })
}

function appError(error: unknown): AppError {
  const found = (error as { appError?: AppError }).appError
  if (!found) throw error
  return found
}

async function exportAttendance(): Promise<Outcome> {
  const saveDir = mkdtempSync(join(tmpdir(), 'headcount-faults-'))
  const { core: c } = await core(saveDir)
  const result = await c.router.dispatch('attendance:export-csv', {
    meeting: exportUuid,
    thresholdPercent: 75,
    timeZone: null
  })
  const files = readdirSync(saveDir)
  if (!result.ok) {
    // A failed export leaves nothing behind: no file, no temp file.
    expect(files).toEqual([])
    return result
  }
  const data = result.data as { saved: boolean; fileName: string; rows: number }
  expect(data.saved).toBe(true)
  const path = join(saveDir, data.fileName)
  expect(existsSync(path)).toBe(true)
  return { ok: true, rows: data.rows, csv: readFileSync(path, 'utf8') }
}

const flows: Flow[] = [
  {
    name: 'client: list 700 users',
    paged: true,
    async run() {
      const client = createZoomClient({
        accountId: sim.accountId,
        clientId: sim.clientId,
        clientSecret: sim.clientSecret,
        apiBaseUrl: sim.apiBaseUrl,
        oauthUrl: sim.oauthUrl,
        plan: 'business',
        ...fast
      })
      try {
        return { ok: true, rows: (await client.listUsers('active').toArray()).length }
      } catch (error) {
        return { ok: false, error: appError(error) }
      }
    }
  },
  {
    name: 'IPC: users:list',
    paged: true,
    async run() {
      const { core: c } = await core()
      const result = await c.router.dispatch('users:list', { status: 'active' })
      if (!result.ok) return result
      return { ok: true, rows: (result.data as { users: unknown[] }).users.length }
    }
  },
  { name: 'IPC: attendance:export-csv', paged: false, run: exportAttendance }
]

function expectedRows(flow: Flow): number {
  return flow.paged ? activeUsers : clean.rows
}

function check(flow: Flow, fault: FaultCase, outcome: Outcome): void {
  expect(sim.faults.applied(), 'the fault never fired, so this run proves nothing').toBeGreaterThan(
    0
  )
  if (fault.expect === 'complete') {
    expect(outcome, JSON.stringify(outcome).slice(0, 300)).toMatchObject({ ok: true })
    if (!outcome.ok) return
    expect(outcome.rows).toBe(expectedRows(flow))
    if (outcome.csv !== undefined) expect(outcome.csv).toBe(clean.csv)
    return
  }
  expect(outcome.ok, `${fault.name} must not look like success`).toBe(false)
  if (outcome.ok) return
  expect(outcome.error.code).toBe(fault.expect)
  expect(outcome.error.message.length).toBeGreaterThan(10)
  expect(outcome.error.remedy ?? '', 'every error names the fix').not.toBe('')
}

describe('fault injection through the real client and the real IPC router', () => {
  it('the clean runs are complete', async () => {
    for (const flow of flows) {
      const outcome = await flow.run()
      expect(outcome).toMatchObject({ ok: true, rows: expectedRows(flow) })
    }
    // More than one page of 300, so the page-2 faults have a page 2.
    expect(activeUsers).toBeGreaterThan(300)
  })

  for (const fault of faultCases) {
    for (const flow of flows) {
      if (fault.pagedOnly && !flow.paged) continue
      it(`${fault.name} → ${fault.expect} (${flow.name})`, async () => {
        for (const plan of fault.plans) sim.faults.inject(plan)
        check(flow, fault, await flow.run())
      })
    }
  }
})

describe('a roll-up with one session that cannot be fetched', () => {
  it('keeps every other session and names the one that failed, with the reason', async () => {
    const { meeting } = sim.org.findQuirkMeeting('showcase')
    const selection = { kind: 'recurring', meetingId: String(meeting.id) }
    const { core: healthy } = await core()
    const full = await healthy.router.dispatch('rollup:load', { selection })
    expect(full.ok).toBe(true)
    const sessions = (full as { data: { instances: unknown[] } }).data.instances.length
    expect(sessions).toBeGreaterThan(1)

    sim.faults.inject({ fault: 'html-200', target: 'reportParticipants', skip: 1, times: Infinity })
    const { core: faulty } = await core()
    const result = await faulty.router.dispatch('rollup:load', { selection })
    expect(sim.faults.applied()).toBeGreaterThan(0)
    expect(result.ok).toBe(true)
    const view = (
      result as {
        data: { instances: unknown[]; failures: Array<{ session: string; error: AppError }> }
      }
    ).data
    expect(view.failures.length).toBeGreaterThan(0)
    expect(view.instances.length + view.failures.length).toBe(sessions)
    for (const failure of view.failures) {
      expect(failure.session).not.toBe('')
      expect(failure.error.code).toBe('zoom-unavailable')
    }
  })
})

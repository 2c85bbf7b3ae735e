// #19, defects 4 and 5: every long listing and every export is a job the window can follow and
// stop; a job id can't be used twice at once; forgetting an account stops its jobs first; a
// range is clamped to today and a range Zoom can't answer gets a sentence, before any call.
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobProgress } from '../../../../src/shared/ipc/contract'
import { startSimulator } from '../../../../src/main/simulator'
import type { RunningSimulator } from '../../../../src/main/simulator'
import { connectedCore } from '../../../support/connected-core'

let sim: RunningSimulator

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0 })
})
afterAll(() => sim.close())

const day = (msAgo: number): string => new Date(Date.now() - msAgo).toISOString().slice(0, 10)

type Answer = { ok: boolean; data?: unknown; error?: { code: string; message: string } }

function jobEvents(
  sent: Array<{ channel: string; payload: unknown }>,
  jobId: string
): JobProgress[] {
  return sent
    .filter((e) => e.channel === 'jobs:progress')
    .map((e) => e.payload as JobProgress)
    .filter((p) => p.jobId === jobId)
}

/** Resolves once the job has reported real progress, so a cancel lands mid-way. */
async function untilProgress(sent: Array<{ channel: string; payload: unknown }>, jobId: string) {
  await expect
    .poll(() => jobEvents(sent, jobId).some((p) => p.done > 0), { timeout: 20_000 })
    .toBe(true)
}

describe('long listings and exports are jobs', () => {
  it('meetings:list-past takes a job id, reports each month window, and can be cancelled', async () => {
    const { core, sentEvents } = await connectedCore(sim, { plan: 'business' })
    const host = sim.org.users.find(
      (u) => u.id === sim.org.findQuirkMeeting('recurring-registration').meeting.hostId
    )!
    const listed = (await core.router.dispatch('meetings:list-past', {
      userId: host.email,
      from: day(150 * 86_400_000),
      to: '9999-12-31',
      jobId: 'listing'
    })) as Answer
    expect(listed.ok).toBe(true)
    const events = jobEvents(sentEvents, 'listing')
    // Clamped to today: five or six month windows, not the 95,000 up to year 9999.
    const total = events.find((e) => e.total !== null)?.total
    expect(total).toBeGreaterThanOrEqual(5)
    expect(total).toBeLessThanOrEqual(6)
    expect(events.at(-1)).toMatchObject({ state: 'finished', done: total })

    sim.faults.setLatency(60)
    try {
      const pending = core.router.dispatch('meetings:list-past', {
        userId: host.email,
        from: day(170 * 86_400_000),
        to: day(0),
        jobId: 'listing-stopped'
      })
      await untilProgress(sentEvents, 'listing-stopped')
      expect(core.jobs.cancel('listing-stopped')).toBe(true)
      const stopped = (await pending) as Answer
      expect(stopped).toMatchObject({ ok: false, error: { code: 'cancelled' } })
      expect(jobEvents(sentEvents, 'listing-stopped').at(-1)?.state).toBe('cancelled')
    } finally {
      sim.faults.setLatency(0)
    }
  })

  it('a range that starts after today is refused in plain words, before any Zoom call', async () => {
    // Its own Zoom: requests the cancelled jobs above left in flight must not be counted here.
    const quiet = await startSimulator({ latencyMs: 0 })
    try {
      await refusedBeforeAnyCall(quiet)
    } finally {
      await quiet.close()
    }
  })

  async function refusedBeforeAnyCall(sim: RunningSimulator): Promise<void> {
    const { core } = await connectedCore(sim)
    const before = sim.stats().requests
    const next = day(-2 * 86_400_000)
    const answers = (await Promise.all([
      core.router.dispatch('meetings:list-past', { userId: 'a@example.org', from: next, to: next }),
      core.router.dispatch('rollup:load', {
        selection: { kind: 'topic', userId: 'a@example.org', from: next, to: '9999-12-31' }
      }),
      core.router.dispatch('rollup:load', {
        selection: { kind: 'recurring', meetingId: '85746065432', from: next, to: next }
      })
    ])) as Answer[]
    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      expect(answer.error?.message).toMatch(/after today/)
    }
    expect(sim.stats().requests).toBe(before)
  }

  it('rollup:export-csv and attendance:export-csv take a job id and can be cancelled', async () => {
    const saveDir = mkdtempSync(join(tmpdir(), 'headcount-stopped-export-'))
    const { core, sentEvents } = await connectedCore(sim, { saveDir, plan: 'business' })
    const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
    sim.faults.setLatency(40)
    try {
      const exporting = core.router.dispatch('rollup:export-csv', {
        selection: { kind: 'recurring', meetingId: String(meeting.id) },
        thresholdPercent: 75,
        timeZone: null,
        layout: 'long',
        jobId: 'rollup-export'
      })
      await untilProgress(sentEvents, 'rollup-export')
      expect(core.jobs.cancel('rollup-export')).toBe(true)
      expect((await exporting) as Answer).toMatchObject({ ok: false, error: { code: 'cancelled' } })
      expect(jobEvents(sentEvents, 'rollup-export').at(-1)?.state).toBe('cancelled')

      const single = core.router.dispatch('attendance:export-csv', {
        meeting: sim.org.findQuirkMeeting('big-meeting').meeting.instances.at(-1)!.uuid,
        thresholdPercent: 75,
        timeZone: null,
        jobId: 'attendance-export'
      })
      await untilProgress(sentEvents, 'attendance-export')
      expect(core.jobs.cancel('attendance-export')).toBe(true)
      expect((await single) as Answer).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    } finally {
      sim.faults.setLatency(0)
    }
    // Nothing half-written, nothing saved.
    expect(readdirSync(saveDir)).toEqual([])
  })

  it('a second job under a running job id is refused; the first one carries on', async () => {
    const saveDir = mkdtempSync(join(tmpdir(), 'headcount-twice-'))
    const { core } = await connectedCore(sim, { saveDir, plan: 'business' })
    const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
    const request = {
      // A month of weekly sessions is enough to overlap.
      selection: {
        kind: 'recurring' as const,
        meetingId: String(meeting.id),
        from: day(30 * 86_400_000),
        to: day(0)
      },
      thresholdPercent: 75,
      timeZone: null,
      layout: 'long' as const,
      jobId: 'same-id'
    }
    const first = core.router.dispatch('rollup:export-csv', request)
    const second = (await core.router.dispatch('rollup:export-csv', request)) as Answer
    expect(second).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(second.error?.message).toMatch(/already running/)
    const done = (await first) as Answer
    expect(done).toMatchObject({ ok: true, data: { saved: true } })
  })

  it('forgetting an account stops its running jobs before the account goes', async () => {
    const { core, sentEvents } = await connectedCore(sim, { plan: 'business' })
    const state = (await core.router.dispatch('accounts:get-state', undefined)) as {
      data: { profiles: { id: string }[] }
    }
    const id = state.data.profiles[0]!.id
    const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
    sim.faults.setLatency(40)
    try {
      const rolling = core.router.dispatch('rollup:load', {
        selection: { kind: 'recurring', meetingId: String(meeting.id) },
        jobId: 'belongs-to-account'
      })
      await untilProgress(sentEvents, 'belongs-to-account')
      const forgotten = (await core.router.dispatch('accounts:forget', {
        id,
        confirmed: true
      })) as Answer
      expect(forgotten.ok).toBe(true)
      // By the time forget answers, the job has ended as cancelled.
      const events = jobEvents(sentEvents, 'belongs-to-account')
      expect(events.at(-1)?.state).toBe('cancelled')
      const result = (await rolling) as { ok: boolean; data?: { cancelled: boolean } }
      expect(result.data?.cancelled).toBe(true)
      // Requests already on the wire land within the latency; nothing new starts after that.
      await new Promise((resolve) => setTimeout(resolve, 150))
      const settled = sim.stats().requests
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(sim.stats().requests).toBe(settled)
    } finally {
      sim.faults.setLatency(0)
    }
  })
})

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RollUpView } from '../../../../src/shared/ipc/contracts/rollup-contract'
import { startSimulator } from '../../../../src/main/simulator'
import type { RunningSimulator } from '../../../../src/main/simulator'
import { connectedCore } from '../../../support/connected-core'

let sim: RunningSimulator

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0 })
})
afterAll(() => sim.close())

const day = (msAgo: number): string => new Date(Date.now() - msAgo).toISOString().slice(0, 10)

describe('roll-ups over IPC', () => {
  it('combines three months of a host’s onboarding sessions into a matrix and exports it', async () => {
    const saveDir = mkdtempSync(join(tmpdir(), 'headcount-rollup-'))
    const { core } = await connectedCore(sim, { saveDir, plan: 'business' })
    const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
    const host = sim.org.users.find((u) => u.id === meeting.hostId)!
    const selection = {
      kind: 'topic',
      userId: host.email,
      from: day(90 * 86_400_000),
      to: day(0),
      topicContains: 'onboarding'
    }
    const loaded = (await core.router.dispatch('rollup:load', { selection })) as {
      ok: boolean
      data: RollUpView
    }
    expect(loaded.ok).toBe(true)
    const view = loaded.data
    // Weekly sessions over three months: about a dozen, each split into month windows at Zoom.
    expect(view.instances.length).toBeGreaterThanOrEqual(10)
    expect(view.instances.every((i) => /onboarding/i.test(i.topic))).toBe(true)
    expect(view.failures).toEqual([])
    for (const person of view.people) expect(person.minutes).toHaveLength(view.instances.length)
    expect(view.people.some((p) => p.instancesAttended >= 2)).toBe(true)

    const saved = (await core.router.dispatch('rollup:export-csv', {
      selection,
      thresholdPercent: 75,
      timeZone: null,
      layout: 'matrix'
    })) as {
      data: { saved: boolean; fileName: string; rows: number }
    }
    expect(saved.data.saved).toBe(true)
    const text = readFileSync(join(saveDir, saved.data.fileName), 'utf8').replace(/^\uFEFF/, '')
    const rows = parse(text) as string[][]
    expect(rows[0]!.slice(0, 4)).toEqual(['Name', 'Email', 'Sessions Attended', 'Total Minutes'])
    expect(rows[0]!.length).toBe(4 + view.instances.length + 2)
    expect(rows[0]!.slice(-2)).toEqual(['Matched By', 'Needs Review'])
    expect(rows.length - 1).toBe(view.people.length)
  })

  it('cancelling stops new fetches and keeps what was already fetched', async () => {
    const { core, sentEvents } = await connectedCore(sim, { saveDir: null, plan: 'business' })
    sim.faults.setLatency(40)
    try {
      const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
      const jobId = 'cancel-me'
      const pending = core.router.dispatch('rollup:load', {
        selection: { kind: 'recurring', meetingId: String(meeting.id) },
        jobId
      })
      // Cancel as soon as the first session is in.
      await expect
        .poll(
          () =>
            sentEvents.some(
              (e) =>
                e.channel === 'jobs:progress' &&
                (e.payload as { jobId: string; done: number }).jobId === jobId &&
                (e.payload as { done: number }).done > 0
            ),
          { timeout: 20_000 }
        )
        .toBe(true)
      expect(core.jobs.cancel(jobId)).toBe(true)
      const result = (await pending) as { ok: boolean; data: RollUpView }
      expect(result.ok).toBe(true)
      expect(result.data.cancelled).toBe(true)
      expect(result.data.skipped).toBeGreaterThan(0)
    } finally {
      sim.faults.setLatency(0)
    }
  })
})

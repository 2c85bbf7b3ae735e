import { afterAll, describe, expect, it } from 'vitest'
import type { AppError } from '../../../../src/shared/app-error'
import type { InstanceAttendanceView } from '../../../../src/shared/ipc/contracts/attendance-contract'
import { startSimulator } from '../../../../src/main/simulator'
import type { RunningSimulator, SimulatorOptions } from '../../../../src/main/simulator'
import { connectedCore } from '../../../support/connected-core'

const running: RunningSimulator[] = []
afterAll(async () => {
  for (const sim of running) await sim.close().catch(() => undefined)
})

async function connected(options: SimulatorOptions = {}) {
  const sim = await startSimulator({ latencyMs: 0, ...options })
  running.push(sim)
  const { core } = await connectedCore(sim, { plan: options.plan ?? 'pro' })
  return { sim, core }
}

async function loadError(
  core: Awaited<ReturnType<typeof connected>>['core'],
  meeting: string
): Promise<AppError> {
  const result = (await core.router.dispatch('attendance:load', { meeting })) as {
    ok: boolean
    error: AppError
  }
  expect(result.ok).toBe(false)
  expect(result.error.message.length).toBeGreaterThan(10)
  expect(result.error.remedy ?? '').not.toBe('')
  return result.error
}

describe('plain-language states for one meeting', () => {
  it('report not ready yet', async () => {
    const { sim, core } = await connected()
    const { meeting } = sim.org.findQuirkMeeting('report-pending')
    const error = await loadError(core, meeting.instances.at(-1)!.uuid)
    expect(error.code).toBe('report-not-ready')
  })

  it('no registration: says why nobody is absent', async () => {
    const { sim, core } = await connected()
    const { meeting } = sim.org.findQuirkMeeting('no-registration')
    const uuid = meeting.instances.at(-2)!.uuid
    const result = (await core.router.dispatch('attendance:load', { meeting: uuid })) as {
      ok: boolean
      data: InstanceAttendanceView
    }
    expect(result.ok).toBe(true)
    expect(result.data.summary.absent).toBe(0)
    expect(result.data.notes.join(' ')).toMatch(/did not ask people to register/)
  })

  it('missing scope: falls back and names the scope to add', async () => {
    const scopes = [
      'meeting:read:past_meeting:admin',
      'meeting:read:list_past_participants:admin',
      'meeting:read:meeting:admin',
      'meeting:read:list_registrants:admin'
    ]
    const { sim, core } = await connected({ scopes })
    const { instance } = sim.org.findQuirkMeeting('showcase')
    const result = (await core.router.dispatch('attendance:load', { meeting: instance!.uuid })) as {
      ok: boolean
      data: InstanceAttendanceView
    }
    expect(result.ok).toBe(true)
    expect(result.data.meeting.source).toBe('past-participants')
    expect(result.data.notes.join(' ')).toMatch(/report:read/)
  })

  it('paid plan required: says so', async () => {
    const { sim, core } = await connected({ plan: 'free' })
    const { instance } = sim.org.findQuirkMeeting('showcase')
    const error = await loadError(core, instance!.uuid)
    expect(error.code).toBe('paid-plan-required')
  })

  it('offline: says Zoom cannot be reached and what to check', async () => {
    const { sim, core } = await connected()
    const { instance } = sim.org.findQuirkMeeting('showcase')
    await sim.close()
    const error = await loadError(core, instance!.uuid)
    expect(error.code).toBe('network')
    expect(error.remedy).toMatch(/internet connection/)
  })
})

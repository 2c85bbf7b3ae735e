import type { AppError } from '../../../src/shared/app-error'
import type { InvokeOutput, JobProgress } from '../../../src/shared/ipc/contract'
import type { InvokeChannel } from '../../../src/shared/ipc/channels'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator } from '../../../src/main/simulator'
import type { RunningSimulator } from '../../../src/main/simulator'
import { channelExamples } from '../../support/channel-examples'
import { demoFromSimulator } from '../../support/demo-from-simulator'
import { createTestCore } from '../../support/fake-core'

/** Answers typed by the contract; a failed call leaves `data` undefined at run time. */
type Answer<C extends InvokeChannel> = { ok: boolean; data: InvokeOutput<C>; error: AppError }
type Dispatch = <C extends InvokeChannel>(channel: C, input: unknown) => Promise<Answer<C>>

async function demoCore(
  sim: RunningSimulator
): Promise<{ call: Dispatch; host: string; events: Array<{ channel: string; payload: unknown }> }> {
  const host = sim.org.findUser('me')!.email
  const { core, sentEvents } = createTestCore({ startDemo: demoFromSimulator(sim) })
  await core.router.dispatch('demo:start', undefined)
  return {
    call: (channel, input) => core.router.dispatch(channel, input) as never,
    host,
    events: sentEvents
  }
}

describe('admin actions over IPC against the simulator', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startSimulator({ latencyMs: 0 })
  })
  afterAll(async () => sim.close())

  it('creates a user who then shows as pending, and explains a duplicate email', async () => {
    const { call } = await demoCore(sim)
    const input = {
      action: 'create',
      type: 1,
      firstName: 'Ada',
      lastName: 'L',
      email: 'ada.new@example.org'
    }
    const created = await call('users:create', input)
    expect(created).toMatchObject({ ok: true, data: { status: 'pending' } })
    expect(created.data.message).toMatch(/emailed an invitation/)
    const pending = await call('users:list', { status: 'pending' })
    expect(pending.data.users.map((u: { email: string }) => u.email)).toContain(
      'ada.new@example.org'
    )
    const again = await call('users:create', input)
    expect(again.ok).toBe(false)
    expect(again.error.message).toMatch(/already used by a Zoom account/)
  })

  it('refuses “create straight away” outside the demo’s own domain, as the form warns', async () => {
    const { call } = await demoCore(sim)
    const straightAway = (email: string) =>
      call('users:create', { action: 'autoCreate', type: 1, firstName: 'A', lastName: 'B', email })
    const outside = await straightAway('out.side@gmail.example')
    expect(outside.ok).toBe(false)
    expect(outside.error.message).toMatch(/straight away only with an email in your organisation/)
    const domain = sim.org.findUser('me')!.email.split('@')[1]!
    const inside = await straightAway(`in.side@${domain}`)
    expect(inside).toMatchObject({ ok: true, data: { status: 'active' } })
  })

  it('bulk add: the dry run classifies, the real run creates, a second run creates no one', async () => {
    const { call, events } = await demoCore(sim)
    const taken = sim.org.users.find((u) => u.status === 'inactive')!.email
    const csvText = [
      'Email,First Name,Last Name,Type',
      'bulk.one@example.org,One,Bulk,Basic',
      `${taken.toUpperCase()},Old,Friend,Basic`,
      'bulk.one@example.org,One,Again,Basic',
      'broken,No,Email,Basic',
      'bulk.two@example.org,Two,Bulk,Licensed'
    ].join('\r\n')
    const preview = await call('users:bulk-preview', { csvText })
    expect(preview.data.counts).toEqual({ create: 2, exists: 1, duplicate: 1, invalid: 1 })
    const run = await call('users:bulk-create', { csvText, action: 'create' })
    expect(run.data.counts).toEqual({
      created: 2,
      skipped: 2,
      failed: 0,
      'not-tried': 0,
      'not-sent': 1
    })
    expect(run.data.summary).toBe('2 users added; 2 skipped, 1 not sent (invalid).')
    const progress = events
      .filter((e) => e.channel === 'jobs:progress')
      .map((e) => e.payload as JobProgress)
    expect(progress.at(-1)).toMatchObject({ state: 'finished', done: 2, total: 2 })
    // Two runs at once are refused, so nobody is invited twice by a double click.
    const [first, overlap] = await Promise.all([
      call('users:bulk-create', { csvText, action: 'create' }),
      call('users:bulk-create', { csvText, action: 'create' })
    ])
    expect(first.data.counts.created).toBe(0)
    expect(overlap.error.message).toBe('Users from a CSV file are already being added.')
    const second = await call('users:bulk-create', { csvText, action: 'create' })
    expect(second.data.counts.created).toBe(0)
    const again = await call('users:bulk-preview', { csvText })
    expect(again.data.summary).toBe(
      'Nothing new to add: 3 already in Zoom, 1 repeated in the file, 1 cannot be added.'
    )
    expect(sim.org.users.filter((u) => u.email === 'bulk.one@example.org')).toHaveLength(1)
  })

  it('schedules a weekly series with registration and lists it, counting the quota', async () => {
    const { call, host } = await demoCore(sim)
    const before = await call('meetings:creation-quota', {})
    const created = await call('meetings:create', {
      ...channelExamples['meetings:create'],
      hostEmail: host,
      recurrence: { kind: 'weekly', every: 1, weekdays: ['tue'], end: { by: 'count', count: 4 } }
    })
    expect(created.ok).toBe(true)
    expect(created.data.occurrences).toHaveLength(4)
    expect(created.data.occurrences[0].startTime).toBe('2099-01-06T23:30:00Z')
    expect(created.data.registrationUrl).toMatch(/register/)
    expect(created.data.quota.createdToday).toBe(before.data.createdToday + 1)
    const listed = await call('meetings:list', { userId: 'me', type: 'upcoming' })
    expect(listed.data.meetings.map((m: { id: string }) => m.id)).toContain(created.data.id)
  })

  it('a start time in the past is refused before anything reaches Zoom', async () => {
    const { call, host } = await demoCore(sim)
    const result = await call('meetings:create', {
      topic: 'Too late',
      hostEmail: host,
      date: '2001-01-01',
      time: '09:00',
      timezone: 'UTC',
      durationMinutes: 30,
      agenda: '',
      passcode: '',
      waitingRoom: false,
      registration: 'off',
      recurrence: { kind: 'none' }
    })
    expect(result.error).toMatchObject({
      code: 'invalid-input',
      message: 'That start date and time has already passed.'
    })
  })
})

describe('missing scopes', () => {
  it('says which permission to add when the app may not create users', async () => {
    const limited = await startSimulator({
      latencyMs: 0,
      scopes: ['user:read:list_users:admin', 'user:read:user:admin']
    })
    try {
      const { call } = await demoCore(limited)
      const result = await call('users:create', {
        action: 'create',
        type: 1,
        firstName: '',
        lastName: '',
        email: 'x@example.org'
      })
      expect(result.error.code).toBe('missing-scopes')
      expect(result.error.remedy).toMatch(/user:write:user:admin/)
    } finally {
      await limited.close()
    }
  })
})

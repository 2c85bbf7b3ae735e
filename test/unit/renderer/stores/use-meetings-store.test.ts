import { describe, expect, it } from 'vitest'
import type { IpcResult } from '@shared/ipc/result'
import type { InvokeOutput } from '@shared/ipc/contract'
import { useMeetingsStore } from '../../../../src/renderer/src/stores/use-meetings-store'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'

const store = () => useMeetingsStore.getState()

function meeting(id: string, topic: string) {
  return { id, topic, type: 2, startTime: null, durationMinutes: 60, timezone: null, joinUrl: null }
}

function pastFor(userId: string, topic: string): InvokeOutput<'meetings:list-past'> {
  return {
    userId,
    notes: [],
    offline: false,
    meetings: [
      {
        id: '82770614280',
        uuid: 'u==',
        topic,
        type: 2,
        startTime: null,
        endTime: null,
        durationMinutes: 60,
        participants: 3,
        archivedAt: null,
        goneFromZoomSince: null
      }
    ]
  }
}

describe('the meetings store', () => {
  it('lists past meetings for the dates, and says whose list it is', async () => {
    const fake = installFakeBridge({
      'meetings:list-past': ok({
        ...pastFor('me@demo.example', 'Onboarding'),
        notes: ['One month left out.']
      })
    })
    store().setRange('2026-01-01', '2026-01-31')
    await store().load()
    // A job id of its own, so the listing shows progress and can be cancelled.
    expect(fake.inputsOf('meetings:list-past')).toEqual([
      { userId: undefined, from: '2026-01-01', to: '2026-01-31', jobId: store().pastJobId }
    ])
    expect(store().pastJobId).toEqual(expect.any(String))
    expect(store().host).toBe('me@demo.example')
    expect(store().past.data?.notes).toEqual(['One month left out.'])
  })

  it('never shows a slow answer for the host chosen before', async () => {
    const slow = deferred<IpcResult<InvokeOutput<'meetings:list-past'>>>()
    const fake = installFakeBridge({ 'meetings:list-past': () => slow.promise })
    store().setHost('old@example.org')
    const first = store().load()
    store().setHost('new@example.org')
    fake.answer('meetings:list-past', ok(pastFor('new@example.org', 'New host’s meeting')))
    await store().load()
    slow.resolve(ok(pastFor('old@example.org', 'Old host’s meeting')))
    await first
    expect(store().host).toBe('new@example.org')
    expect(store().past.data?.meetings[0]?.topic).toBe('New host’s meeting')
  })

  it('keeps one list per tab, for the signed-in host (“me”) when none is typed', async () => {
    const fake = installFakeBridge({
      'meetings:list': ({ type }) => ok({ meetings: [meeting('1', `${type} meeting`)] })
    })
    store().setTab('upcoming')
    await store().load()
    store().setTab('scheduled')
    await store().load()
    expect(fake.inputsOf('meetings:list')).toEqual([
      { userId: 'me', type: 'upcoming' },
      { userId: 'me', type: 'scheduled' }
    ])
    expect(store().upcoming.data?.[0]?.topic).toBe('upcoming meeting')
    expect(store().scheduled.data?.[0]?.topic).toBe('scheduled meeting')
  })

  it('drops every list when the host changes, and the past list when the dates change', async () => {
    installFakeBridge({
      'meetings:list': ok({ meetings: [meeting('1', 'A')] }),
      'meetings:list-past': ok(pastFor('a@example.org', 'B'))
    })
    store().setHost('a@example.org')
    store().setTab('upcoming')
    await store().load()
    store().setTab('past')
    await store().load()
    store().setRange('2026-02-01', '2026-02-28')
    expect(store().past.data).toBeNull()
    expect(store().upcoming.data).not.toBeNull()
    store().setHost('b@example.org')
    expect(store().upcoming.data).toBeNull()
  })

  it('keeps the error of a refused list on its own tab', async () => {
    installFakeBridge({ 'meetings:list': failed('There is no user nobody@x.org.') })
    store().setHost('nobody@x.org')
    store().setTab('upcoming')
    await store().load()
    expect(store().upcoming.error?.message).toMatch(/no user/)
    expect(store().past.error).toBeNull()
  })
})

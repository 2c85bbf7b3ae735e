import { describe, expect, it } from 'vitest'
import type { IpcResult } from '@shared/ipc/result'
import type { RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { useRollUpStore } from '../../../../src/renderer/src/stores/use-rollup-store'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'
import { rollUpView } from '../support/samples'

const store = () => useRollUpStore.getState()
const topic = {
  kind: 'topic' as const,
  from: '2026-01-01',
  to: '2026-03-31',
  topicContains: 'Onboarding'
}
const series = { kind: 'recurring' as const, meetingId: '82770614280' }

describe('the roll-up store', () => {
  it('runs a selection with a job id and keeps the selection for exports', async () => {
    const fake = installFakeBridge({ 'rollup:load': ok(rollUpView()) })
    await store().run(topic)
    expect(fake.inputsOf('rollup:load')).toEqual([
      { selection: topic, thresholdPercent: 75, jobId: store().jobId }
    ])
    expect(store().selection).toEqual(topic)
    expect(store().view.data?.people).toHaveLength(2)
  })

  it('clears the last roll-up when a new one starts, and the newest run wins', async () => {
    const slow = deferred<IpcResult<RollUpView>>()
    const fake = installFakeBridge({ 'rollup:load': () => slow.promise })
    const first = store().run(topic)
    expect(store().view).toMatchObject({ status: 'loading', data: null })
    fake.answer('rollup:load', ok(rollUpView(3, ['Ada'])))
    await store().run(series)
    slow.resolve(ok(rollUpView(1, ['Old'])))
    await first
    expect(store().view.data?.people.map((p) => p.name)).toEqual(['Ada'])
    expect(store().selection).toEqual(series)
  })

  it('shows a refused roll-up', async () => {
    installFakeBridge({
      'rollup:load': failed('Reports need a paid plan.', { code: 'paid-plan-required' })
    })
    await store().run(series)
    expect(store().view).toMatchObject({ status: 'error', error: { code: 'paid-plan-required' } })
  })

  it('keeps the form and the minimum as typed', () => {
    store().setForm({ kind: 'recurring', meetingId: '123' })
    store().setMinAttended(2)
    expect(store().form).toMatchObject({ kind: 'recurring', meetingId: '123', topic: '' })
    expect(store().minAttended).toBe(2)
  })
})

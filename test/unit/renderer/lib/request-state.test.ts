import { describe, expect, it } from 'vitest'
import { create } from 'zustand'
import {
  idleRequest,
  keyedSlots,
  needsLoading,
  requestSlot,
  storeSlot
} from '../../../../src/renderer/src/lib/request-state'
import type { RequestState } from '../../../../src/renderer/src/lib/request-state'
import type { IpcResult } from '@shared/ipc/result'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'

function localSlot<T>() {
  let state: RequestState<T, 'saving' | 'testing'> = idleRequest()
  const seen: Array<RequestState<T, 'saving' | 'testing'>> = []
  const slot = requestSlot<T, 'saving' | 'testing'>(
    () => state,
    (next) => {
      state = next
      seen.push(next)
    }
  )
  return { slot, seen, state: () => state }
}

describe('a request slot', () => {
  it('goes idle → loading → idle with the unwrapped data', async () => {
    installFakeBridge()
    const { slot, seen, state } = localSlot<number>()
    const data = await slot.run(async () => ok(42), { kind: 'saving' })
    expect(data).toBe(42)
    expect(seen.map((s) => s.status)).toEqual(['loading', 'idle'])
    expect(seen[0]!.kind).toBe('saving')
    expect(state()).toEqual({ status: 'idle', data: 42, error: null, kind: null })
  })

  it('keeps the last data and holds the error when a request fails', async () => {
    installFakeBridge()
    const { slot, state } = localSlot<number>()
    await slot.run(async () => ok(1))
    const data = await slot.run(async () => failed('Zoom said no.', { remedy: 'Try later.' }))
    expect(data).toBeNull()
    expect(state()).toMatchObject({ status: 'error', data: 1, kind: null })
    expect(state().error).toMatchObject({ message: 'Zoom said no.', remedy: 'Try later.' })
  })

  it('drops the data while loading when asked to', async () => {
    installFakeBridge()
    const { slot, seen } = localSlot<number>()
    await slot.run(async () => ok(1))
    await slot.run(async () => ok(2), { keepData: false })
    expect(seen[2]).toMatchObject({ status: 'loading', data: null })
  })

  it('never lets a slower, older answer replace a newer one', async () => {
    installFakeBridge()
    const { slot, state } = localSlot<string>()
    const slow = deferred<IpcResult<string>>()
    const fast = deferred<IpcResult<string>>()
    const first = slot.run(() => slow.promise)
    const second = slot.run(() => fast.promise)
    fast.resolve(ok('new'))
    expect(await second).toBe('new')
    slow.resolve(ok('old'))
    expect(await first).toBeNull()
    expect(state()).toMatchObject({ status: 'idle', data: 'new' })
  })

  it('drops an older failure too, so a newer success is not marked as failed', async () => {
    installFakeBridge()
    const { slot, state } = localSlot<string>()
    const slow = deferred<IpcResult<string>>()
    const first = slot.run(() => slow.promise)
    await slot.run(async () => ok('new'))
    slow.resolve(failed('old failure'))
    await first
    expect(state()).toMatchObject({ status: 'idle', data: 'new', error: null })
  })

  it('drops an answer that arrives after a reset', async () => {
    installFakeBridge()
    const { slot, state } = localSlot<string>()
    const pending = deferred<IpcResult<string>>()
    const run = slot.run(() => pending.promise)
    slot.reset()
    pending.resolve(ok('too late'))
    expect(await run).toBeNull()
    expect(state()).toEqual(idleRequest())
  })

  it('shows an error found before sending, and drops answers still on their way', async () => {
    installFakeBridge()
    const { slot, state } = localSlot<string>()
    const pending = deferred<IpcResult<string>>()
    const run = slot.run(() => pending.promise)
    slot.fail({ code: 'file', message: 'The file is too big.' })
    pending.resolve(ok('late'))
    await run
    expect(state()).toMatchObject({ status: 'error', error: { message: 'The file is too big.' } })
  })

  it('turns a missing bridge or a broken transport into a plain error', async () => {
    const { slot, state } = localSlot<string>()
    await slot.run(async () => ok('unreachable'))
    expect(state().error?.message).toMatch(/could not reach the rest of the app/)
    installFakeBridge()
    await slot.run(async () => {
      throw new Error('transport broke')
    })
    expect(state().error?.remedy).toBe('Close Headcount and open it again.')
  })

  it('replaces only the data on setData', async () => {
    installFakeBridge()
    const { slot, state } = localSlot<number>()
    await slot.run(async () => failed('no'))
    slot.setData(5)
    expect(state()).toMatchObject({ status: 'error', data: 5 })
  })
})

describe('slots in a zustand store', () => {
  it('keeps the state under its field', async () => {
    installFakeBridge({
      'app:get-info': ok({
        name: 'Headcount',
        version: '1.2.3',
        shell: 'browser-preview',
        platform: 'linux'
      })
    })
    const useStore = create<{ info: RequestState<{ version: string }>; load(): Promise<void> }>(
      (set, get) => {
        const slot = storeSlot(set, get, 'info')
        return {
          info: idleRequest(),
          load: async () => void (await slot.run((api) => api.app.getInfo()))
        }
      }
    )
    await useStore.getState().load()
    expect(useStore.getState().info).toMatchObject({ status: 'idle', data: { version: '1.2.3' } })
  })

  it('keeps one guard per key, and resetAll drops every answer on its way', async () => {
    installFakeBridge()
    const states = new Map<string, RequestState<string>>()
    const slots = keyedSlots<string>(
      (key) => states.get(key),
      (key, next) => states.set(key, next)
    )
    const a = deferred<IpcResult<string>>()
    const runA = slots.slot('a').run(() => a.promise)
    await slots.slot('b').run(async () => ok('b done'))
    expect(states.get('b')?.data).toBe('b done')
    slots.resetAll()
    a.resolve(ok('a late'))
    await runA
    expect(states.get('a')).toEqual(idleRequest())
  })
})

describe('needsLoading', () => {
  it('asks only when nothing is there and nothing is under way', () => {
    expect(needsLoading(undefined)).toBe(true)
    expect(needsLoading(idleRequest())).toBe(true)
    expect(needsLoading(idleRequest([]))).toBe(false)
    expect(needsLoading({ ...idleRequest(), status: 'loading' })).toBe(false)
    expect(needsLoading({ ...idleRequest(), status: 'error' })).toBe(false)
  })
})

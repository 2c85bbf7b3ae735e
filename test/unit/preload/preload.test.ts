import { describe, expect, it, vi } from 'vitest'
import { eventChannels, invokeChannels } from '../../../src/shared/ipc/channels'
import { eventMethodName, methodName } from '../../../src/shared/ipc/bridge-api'

const exposed: Array<{ key: string; api: Record<string, Record<string, unknown>> }> = []
const invoked: Array<{ channel: string; input: unknown }> = []
const listeners = new Map<string, (event: unknown, payload: unknown) => void>()

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, Record<string, unknown>>) =>
      exposed.push({ key, api })
  },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      invoked.push({ channel, input })
      return { ok: true, data: null }
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel)
  }
}))

/** Runs the preload afresh, so each test sees only what its own load exposed and sent. */
async function loadBridge(): Promise<Record<string, Record<string, unknown>>> {
  exposed.length = 0
  invoked.length = 0
  listeners.clear()
  vi.resetModules()
  await import('../../../src/preload/index')
  expect(exposed).toHaveLength(1)
  return exposed[0]!.api
}

describe('the preload bridge', () => {
  it('exposes exactly one object, with one method per contract channel and nothing else', async () => {
    const api = await loadBridge()
    expect(exposed[0]!.key).toBe('headcount')
    const expected = new Map<string, string[]>()
    for (const c of invokeChannels) {
      const { domain, method } = methodName(c)
      expected.set(domain, [...(expected.get(domain) ?? []), method])
    }
    for (const c of eventChannels) {
      const { domain, method } = eventMethodName(c)
      expected.set(domain, [...(expected.get(domain) ?? []), method])
    }
    expect(Object.keys(api).sort()).toEqual([...expected.keys()].sort())
    for (const [domain, methods] of expected) {
      expect(Object.keys(api[domain]!).sort()).toEqual(methods.sort())
    }
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/invoke|ipcRenderer|send/)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('sends requests on their own channel', async () => {
    const api = (await loadBridge()) as { jobs: { cancel: (i: unknown) => Promise<unknown> } }
    await api.jobs.cancel({ jobId: 'j1' })
    expect(invoked).toEqual([{ channel: 'jobs:cancel', input: { jobId: 'j1' } }])
  })

  it('gives event listeners only the payload, never the IpcRendererEvent', async () => {
    const api = (await loadBridge()) as {
      jobs: { onProgress: (fn: (...args: unknown[]) => void) => () => void }
    }
    const received: unknown[][] = []
    const unsubscribe = api.jobs.onProgress((...args) => received.push(args))
    const fakeEvent = { sender: { send: () => undefined }, ports: [] }
    listeners.get('jobs:progress')!(fakeEvent, { jobId: 'j1' })
    expect(received).toEqual([[{ jobId: 'j1' }]])
    unsubscribe()
    expect(listeners.has('jobs:progress')).toBe(false)
  })
})

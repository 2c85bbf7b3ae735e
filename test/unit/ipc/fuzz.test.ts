import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemoZoom } from '../../../src/main/accounts/start-demo-zoom'
import { startSimulator } from '../../../src/main/simulator'
import type { RunningSimulator } from '../../../src/main/simulator'
import type { AppCore } from '../../../src/main/app/create-app-core'
import { externalUrlToOpen } from '../../../src/main/security/external-links'
import { appErrorCodes } from '../../../src/shared/app-error'
import { invokeChannels } from '../../../src/shared/ipc/channels'
import type { InvokeChannel } from '../../../src/shared/ipc/channels'
import { invokeContract } from '../../../src/shared/ipc/contract'
import { registerIpcHandlers } from '../../../src/main/ipc/register-ipc'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'
import type { SenderEvent } from '../../../src/main/ipc/sender-policy'
import { connectedCore } from '../../support/connected-core'
import { createTestCore } from '../../support/fake-core'
import { archivedPeople, validPayloads } from '../../support/ipc-payloads'
import {
  appOriginForTests,
  createFakeIpcMain,
  trustedEvent,
  trustedWindowId
} from '../../support/fake-ipc-main'

const cores: Array<{ dispose(): Promise<void> }> = []
afterAll(async () => {
  for (const core of cores.splice(0)) await core.dispose()
})

function setup() {
  const ipcMain = createFakeIpcMain()
  // The real demo, not a stub: a stub that throws a plain Error hid an `internal` result.
  const test = createTestCore({ startDemo: startDemoZoom })
  cores.push(test.core)
  registerIpcHandlers(
    ipcMain,
    test.core.router,
    createSenderPolicy({
      trustedWebContentsIds: () => new Set([trustedWindowId]),
      trustedOrigins: [appOriginForTests]
    })
  )
  return { ipcMain, ...test }
}

function expectResultShape(result: unknown): void {
  expect(result).toBeTypeOf('object')
  const r = result as { ok: unknown; data?: unknown; error?: { code: string; message: string } }
  if (r.ok === true) return
  expect(r.ok).toBe(false)
  expect(appErrorCodes).toContain(r.error?.code)
  // "Something went wrong inside Headcount" is a bug on any path, never an acceptable answer.
  expect(r.error?.code, JSON.stringify(r.error)).not.toBe('internal')
  expect(typeof r.error?.message).toBe('string')
}

describe('every IPC channel under malformed input', () => {
  for (const channel of invokeChannels) {
    it(`${channel}: 1,000 random payloads get a typed result and never throw`, async () => {
      const { ipcMain, openedLinks } = setup()
      await fc.assert(
        fc.asyncProperty(
          fc.anything({ withNullPrototype: true, withBigInt: true }),
          async (payload) => {
            const result = await ipcMain.invoke(channel, trustedEvent(), payload)
            expectResultShape(result)
            // A trusted sender must reach validation, or this property proves nothing.
            expect(result).not.toMatchObject({ error: { code: 'forbidden-sender' } })
          }
        ),
        { numRuns: 1000 }
      )
      // Random input must never have reached the operating system.
      expect(openedLinks).toEqual([])
    })
  }

  it('rejects a second argument', async () => {
    const { ipcMain } = setup()
    const result = await ipcMain.invoke('app:get-info', trustedEvent(), undefined, 'extra')
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})

describe('every IPC channel refuses untrusted senders', () => {
  const untrusted: Array<[string, SenderEvent]> = [
    ['a destroyed or navigated frame', { sender: { id: trustedWindowId }, senderFrame: null }],
    [
      'another window',
      { sender: { id: 99 }, senderFrame: { url: `${appOriginForTests}/`, parent: null } }
    ],
    [
      'a foreign origin',
      {
        sender: { id: trustedWindowId },
        senderFrame: { url: 'https://evil.example/', parent: null }
      }
    ],
    [
      'a look-alike origin',
      {
        sender: { id: trustedWindowId },
        senderFrame: { url: 'app://headcount.evil/', parent: null }
      }
    ],
    [
      'a subframe',
      { sender: { id: trustedWindowId }, senderFrame: { url: `${appOriginForTests}/`, parent: {} } }
    ],
    [
      'a garbage URL',
      { sender: { id: trustedWindowId }, senderFrame: { url: 'not a url', parent: null } }
    ]
  ]
  for (const channel of invokeChannels) {
    for (const [label, event] of untrusted) {
      it(`${channel} refuses ${label}`, async () => {
        const { ipcMain } = setup()
        const result = await ipcMain.invoke(channel, event, undefined)
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
      })
    }
  }

  it('accepts our own window', async () => {
    const { ipcMain } = setup()
    const result = await ipcMain.invoke('app:get-info', trustedEvent())
    expect(result).toMatchObject({ ok: true, data: { name: 'Headcount' } })
  })
})

/** Runs per channel against the connected core; each run makes real calls to the simulator. */
const connectedRuns: Partial<Record<InvokeChannel, number>> = {
  'demo:start': 3,
  'rollup:load': 10,
  'rollup:export-csv': 10,
  'attendance:load': 15,
  'attendance:export-csv': 15,
  'users:bulk-preview': 15,
  'users:bulk-create': 15,
  'meetings:create': 20,
  'archive:sync': 6,
  'archive:forget-account': 10
}

/** What a channel needs done first to have anything to answer (a finished run to save). */
/** Loads one ended session, so its people are in the archive for the person lookups. */
async function archiveOneSession(core: AppCore, sim: RunningSimulator): Promise<void> {
  for (const meeting of sim.org.meetings) {
    for (const instance of meeting.instances) {
      const loaded = await core.router.dispatch('attendance:load', { meeting: instance.uuid })
      const people = loaded.ok ? (loaded.data as { people: { email: string }[] }).people : []
      archivedPeople.push(...people.map((p) => p.email).filter((e) => e.includes('@')))
      if (archivedPeople.length > 0) return
    }
  }
}

const arrange: Partial<
  Record<InvokeChannel, (core: AppCore, sim: RunningSimulator) => Promise<unknown>>
> = {
  'people:get-person': archiveOneSession,
  'people:export-person': archiveOneSession,
  'users:export-bulk-result': (core) =>
    core.router.dispatch('users:bulk-create', {
      csvText: 'email,first_name,last_name,type\nfuzz.once@example.org,Fuzz,Once,Basic',
      action: 'create'
    })
}

describe('every IPC channel with schema-valid payloads, on a core connected to the simulator', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startSimulator({ latencyMs: 0, rateLimits: false })
  })
  afterAll(() => sim.close())

  for (const channel of invokeChannels) {
    it(`${channel}: valid payloads reach the handler and never end in \`internal\``, async () => {
      const saveDir = mkdtempSync(join(tmpdir(), 'headcount-fuzz-export-'))
      // Business limits: the client paces itself to the plan, and this run is about code paths.
      const test = await connectedCore(sim, { saveDir, startDemo: startDemoZoom, plan: 'business' })
      cores.push(test.core)
      const state = await test.core.router.dispatch('accounts:get-state', undefined)
      const profileId = (state as { data: { profiles: Array<{ id: string }> } }).data.profiles[0]!
        .id
      const payloads = validPayloads(sim, profileId)[channel]
      await arrange[channel]?.(test.core, sim)
      const outcomes: string[] = []
      const tryOne = async (payload: unknown): Promise<void> => {
        const valid = invokeContract[channel].input.safeParse(payload)
        expect(valid.success, `not a valid ${channel} payload: ${JSON.stringify(payload)}`).toBe(
          true
        )
        const result = await test.core.router.dispatch(channel, payload)
        expectResultShape(result)
        outcomes.push(result.ok ? 'ok' : result.error.code)
      }
      await fc.assert(fc.asyncProperty(payloads, tryOne), {
        numRuns: connectedRuns[channel] ?? 30
      })
      // Some valid payloads must succeed, or this proves little; draw more until one does.
      for (const payload of fc.sample(payloads, 40)) {
        if (outcomes.includes('ok')) break
        await tryOne(payload)
      }
      expect(outcomes.filter((code) => code !== 'invalid-input').length).toBeGreaterThan(0)
      expect(outcomes, `${channel} never succeeded: ${[...new Set(outcomes)]}`).toContain('ok')
      for (const url of test.openedLinks) expect(externalUrlToOpen(url)).toBe(url)
    })
  }
})

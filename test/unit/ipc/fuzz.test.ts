import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appErrorCodes } from '../../../src/shared/app-error'
import { invokeChannels } from '../../../src/shared/ipc/channels'
import { registerIpcHandlers } from '../../../src/main/ipc/register-ipc'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'
import type { SenderEvent } from '../../../src/main/ipc/sender-policy'
import { createTestCore } from '../../support/fake-core'
import {
  appOriginForTests,
  createFakeIpcMain,
  trustedEvent,
  trustedWindowId
} from '../../support/fake-ipc-main'

function setup() {
  const ipcMain = createFakeIpcMain()
  const test = createTestCore()
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

import { describe, expect, it } from 'vitest'
import { eventChannels, invokeChannels } from '../../../src/shared/ipc/channels'
import { eventContract, invokeContract } from '../../../src/shared/ipc/contract'
import { registerIpcHandlers } from '../../../src/main/ipc/register-ipc'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'
import { createTestCore } from '../../support/fake-core'
import { appOriginForTests, createFakeIpcMain, trustedWindowId } from '../../support/fake-ipc-main'

describe('the IPC contract', () => {
  it('names every channel domain:verb in kebab case', () => {
    for (const channel of [...invokeChannels, ...eventChannels]) {
      expect(channel).toMatch(/^[a-z]+(-[a-z]+)*:[a-z]+(-[a-z]+)*$/)
    }
  })

  it('declares a schema for exactly the listed channels', () => {
    expect(Object.keys(invokeContract).sort()).toEqual([...invokeChannels].sort())
    expect(Object.keys(eventContract).sort()).toEqual([...eventChannels].sort())
  })

  it('registers exactly the contract channels on ipcMain, once each', () => {
    const ipcMain = createFakeIpcMain()
    const { core } = createTestCore()
    registerIpcHandlers(
      ipcMain,
      core.router,
      createSenderPolicy({
        trustedWebContentsIds: () => new Set([trustedWindowId]),
        trustedOrigins: [appOriginForTests]
      })
    )
    expect(ipcMain.channels()).toEqual([...invokeChannels].sort())
  })
})

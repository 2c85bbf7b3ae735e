import { describe, expect, it } from 'vitest'
import { useAppInfoStore } from '../../../../src/renderer/src/stores/use-app-info-store'
import { failed, installFakeBridge, ok } from '../support/fake-bridge'

describe('the app info store', () => {
  it('reads the version once', async () => {
    installFakeBridge({
      'app:get-info': ok({
        name: 'Headcount',
        version: '0.1.0',
        shell: 'browser-preview',
        platform: 'linux'
      })
    })
    await useAppInfoStore.getState().load()
    expect(useAppInfoStore.getState().info.data?.version).toBe('0.1.0')
  })

  it('keeps the error when main cannot answer', async () => {
    installFakeBridge({ 'app:get-info': failed('Could not read the app’s details.') })
    await useAppInfoStore.getState().load()
    expect(useAppInfoStore.getState().info).toMatchObject({
      status: 'error',
      data: null,
      error: { message: 'Could not read the app’s details.' }
    })
  })

  it('starts fresh in every test (stores are reset between tests)', () => {
    expect(useAppInfoStore.getState().info.status).toBe('idle')
    expect(useAppInfoStore.getState().info.data).toBeNull()
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SecretCipher } from '../../../src/main/storage'
import { startSimulator } from '../../../src/main/simulator'
import type { RunningSimulator } from '../../../src/main/simulator'
import { createTestCore } from '../../support/fake-core'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0 })
})
afterAll(() => sim.close())

/** A keyring stand-in: reversible, and never the plain secret on disk. */
const keyring: SecretCipher = {
  isAvailable: async () => true,
  backend: async () => 'gnome_libsecret',
  encrypt: async (plain) => Buffer.from(plain.split('').reverse().join('')).toString('base64'),
  decrypt: async (b64) => ({
    value: Buffer.from(b64, 'base64').toString().split('').reverse().join(''),
    shouldReEncrypt: false
  })
}
/** The same settings opened on a machine whose keyring cannot read them. */
const foreignKeyring: SecretCipher = {
  ...keyring,
  decrypt: async () => {
    throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
  }
}

describe('a secret that can no longer be decrypted', () => {
  it('asks for the secret again, keeps the other details, and works once it is entered', async () => {
    const endpoints = { apiBaseUrl: sim.apiBaseUrl, oauthUrl: sim.oauthUrl }
    const first = createTestCore({ cipher: keyring, zoomEndpoints: endpoints })
    const created = await first.core.router.dispatch('accounts:create', {
      name: 'Copied profile',
      accountId: sim.accountId,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      plan: 'business'
    })
    expect(created).toMatchObject({ ok: true, data: { secret: { persisted: true } } })
    const id = (created as { data: { profile: { id: string } } }).data.profile.id
    const settingsText = readFileSync(join(first.dataDir, 'config.json'), 'utf8')
    expect(settingsText).not.toContain(sim.clientSecret)

    const second = createTestCore({
      cipher: foreignKeyring,
      zoomEndpoints: endpoints,
      dataDir: first.dataDir
    })
    await second.core.restoreLastAccount()
    const state = (await second.core.router.dispatch('accounts:get-state', undefined)) as {
      data: {
        profiles: Array<{ name: string; accountId: string; plan: string; secretStatus: string }>
        connection: { mode: string }
      }
    }
    expect(state.data.profiles[0]).toMatchObject({
      name: 'Copied profile',
      accountId: sim.accountId,
      plan: 'business',
      secretStatus: 'needs-secret'
    })
    expect(state.data.connection.mode).toBe('none')

    const refused = await second.core.router.dispatch('accounts:connect', { id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'auth' } })
    expect((refused as { error: { remedy?: string } }).error.remedy).toMatch(/secret/i)

    const fixed = await second.core.router.dispatch('accounts:set-secret', {
      id,
      clientSecret: sim.clientSecret
    })
    expect(fixed).toMatchObject({ ok: true })
    expect(await second.core.router.dispatch('accounts:connect', { id })).toMatchObject({
      ok: true,
      data: { mode: 'profile' }
    })
    expect(await second.core.router.dispatch('accounts:test-connection', undefined)).toMatchObject({
      ok: true
    })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../../../src/shared/ipc/contracts/accounts-contract'
import type { AccountsState } from '../../../src/shared/ipc/contracts/accounts-contract'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import { demoFromSimulator } from '../../support/demo-from-simulator'
import { createTestCore } from '../../support/fake-core'

// Saved accounts can be corrected in place: a mistyped secret (also after Zoom refused it),
// the name and the plan. Re-adding the same account is refused, so this is the only way.

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0 })
})
afterAll(() => sim.close())

type Result<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

function core() {
  const test = createTestCore({
    zoomEndpoints: { apiBaseUrl: sim.apiBaseUrl, oauthUrl: sim.oauthUrl },
    startDemo: demoFromSimulator(sim)
  })
  const call = <T>(channel: string, input?: unknown) =>
    test.core.router.dispatch(channel, input) as Promise<Result<T>>
  return { ...test, call }
}

async function save(c: ReturnType<typeof core>, clientSecret: string): Promise<string> {
  const created = await c.call<{ profile: { id: string } }>('accounts:create', {
    name: 'Youth club',
    accountId: sim.accountId,
    clientId: sim.clientId,
    clientSecret,
    plan: 'pro'
  })
  if (!created.ok) throw new Error(created.error.message)
  return created.data.profile.id
}

describe('correcting a saved account', () => {
  it('a mistyped secret that Zoom refused is changed, and the account works at once', async () => {
    const c = core()
    const id = await save(c, 'mistyped-secret-0000')
    expect((await c.call('accounts:connect', { id })).ok).toBe(true)
    const refused = await c.call('accounts:test-connection')
    expect(refused).toMatchObject({ ok: false, error: { code: 'auth' } })
    // Saving the same account again is refused, so changing the secret is the way out.
    const twin = await c.call('accounts:create', {
      name: 'Again',
      accountId: sim.accountId,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      plan: 'pro'
    })
    expect(twin).toMatchObject({ ok: false, error: { code: 'invalid-input' } })

    const changed = await c.call('accounts:set-secret', { id, clientSecret: sim.clientSecret })
    expect(changed.ok).toBe(true)
    // No second "Use this account" needed: the connected account now has the new secret.
    expect(await c.call('accounts:test-connection')).toMatchObject({ ok: true })
  })

  it('a secret that could not be read is entered again, and the account picked is reconnected', async () => {
    const first = core()
    const id = await save(first, sim.clientSecret)
    // The next start (no keychain here): the secret lived in memory only, so connecting fails.
    const second = createTestCore({
      zoomEndpoints: { apiBaseUrl: sim.apiBaseUrl, oauthUrl: sim.oauthUrl },
      dataDir: first.dataDir
    })
    const call = <T>(channel: string, input?: unknown) =>
      second.core.router.dispatch(channel, input) as Promise<Result<T>>
    expect(await call('accounts:connect', { id })).toMatchObject({ ok: false })
    expect(await call('accounts:set-secret', { id, clientSecret: sim.clientSecret })).toMatchObject(
      { ok: true }
    )
    const state = await call<AccountsState>('accounts:get-state')
    expect(state.ok && state.data.connection).toMatchObject({ mode: 'profile', profileId: id })
    expect(await call('accounts:test-connection')).toMatchObject({ ok: true })
  })

  it('the name and plan are edited in place, keeping the secret and the host', async () => {
    const c = core()
    const id = await save(c, sim.clientSecret)
    await c.call('accounts:connect', { id })
    const host = sim.org.findUser('me')!.email
    expect((await c.call('accounts:sign-in-host', { email: host })).ok).toBe(true)
    const edited = await c.call<{ profile: { name: string; plan: string; hasSecret: boolean } }>(
      'accounts:update',
      { id, patch: { name: 'Youth club (Business)', plan: 'business' } }
    )
    expect(edited).toMatchObject({
      ok: true,
      data: { profile: { name: 'Youth club (Business)', plan: 'business', hasSecret: true } }
    })
    const state = await c.call<AccountsState>('accounts:get-state')
    expect(state.ok && state.data.connection).toMatchObject({
      mode: 'profile',
      label: 'Youth club (Business)',
      hostEmail: host
    })
    expect(await c.call('accounts:test-connection')).toMatchObject({ ok: true })
    // A name that breaks the rules is refused field by field, and nothing changes.
    const bad = await c.call('accounts:update', { id, patch: { name: '  ' } })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('says so when a newly saved account replaces the demo', async () => {
    const c = core()
    const demo = await c.call<Connection>('demo:start')
    expect(demo).toMatchObject({ ok: true, data: { mode: 'demo', notice: null } })
    const id = await save(c, sim.clientSecret)
    const switched = await c.call<Connection>('accounts:connect', { id })
    expect(switched.ok && switched.data.notice).toBe(
      'You left the demo. Headcount now shows the real Zoom data of “Youth club”.'
    )
    // The window reads the state after each action: the notice is still there for it.
    const state = await c.call<AccountsState>('accounts:get-state')
    expect(state.ok && state.data.connection.notice).toMatch(/left the demo/)
    // Switching between saved accounts is no surprise, so nothing is said.
    const again = await c.call<Connection>('accounts:connect', { id })
    expect(again.ok && again.data.notice).toBeNull()
  })
})

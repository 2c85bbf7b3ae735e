import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator } from '../../../src/main/simulator'
import type { RunningSimulator } from '../../../src/main/simulator'
import { createTestCore } from '../../support/fake-core'

let sim: RunningSimulator

beforeAll(async () => {
  sim = await startSimulator({
    latencyMs: 0,
    scopes: [
      'user:read:list_users:admin',
      'user:read:user:admin',
      'meeting:read:list_meetings:admin'
    ]
  })
})
afterAll(() => sim.close())

function core() {
  return createTestCore({ zoomEndpoints: { apiBaseUrl: sim.apiBaseUrl, oauthUrl: sim.oauthUrl } })
}

async function call(c: ReturnType<typeof core>, channel: string, input?: unknown) {
  return c.core.router.dispatch(channel, input)
}

describe('an admin’s account journey against the simulator', () => {
  it('adds a profile, tests the connection, signs in as host, signs out and forgets', async () => {
    const c = core()
    const created = await call(c, 'accounts:create', {
      name: 'Volunteer org',
      accountId: sim.accountId,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      plan: 'pro'
    })
    expect(created).toMatchObject({
      ok: true,
      data: { profile: { name: 'Volunteer org', hasSecret: true } }
    })
    // Without a keychain (the test cipher is unavailable) the secret lives for this session only.
    expect(created).toMatchObject({ data: { secret: { persisted: false } } })
    const id = (created as { data: { profile: { id: string } } }).data.profile.id

    expect(await call(c, 'accounts:connect', { id })).toMatchObject({
      ok: true,
      data: { mode: 'profile', profileId: id }
    })

    const tested = await call(c, 'accounts:test-connection')
    expect(tested.ok).toBe(true)
    const features = (
      tested as {
        data: { features: Array<{ id: string; allowed: boolean; missingScopes: string[] }> }
      }
    ).data.features
    expect(features.find((f) => f.id === 'users')).toMatchObject({
      allowed: true,
      missingScopes: []
    })
    expect(features.find((f) => f.id === 'reports')).toMatchObject({ allowed: false })
    expect(features.find((f) => f.id === 'reports')?.missingScopes).toContain(
      'report:read:list_meeting_participants:admin'
    )

    const host = sim.org.users.find((u) => u.status === 'active')!
    const signedIn = await call(c, 'accounts:sign-in-host', { email: host.email.toUpperCase() })
    expect(signedIn).toMatchObject({ ok: true, data: { hostEmail: host.email.toLowerCase() } })

    const stranger = await call(c, 'accounts:sign-in-host', { email: 'nobody@elsewhere.example' })
    expect(stranger).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect((stranger as { error: { remedy: string } }).error.remedy).toMatch(/Users/)

    const tokensBefore = sim.stats().tokensIssued
    expect(await call(c, 'accounts:sign-out')).toMatchObject({
      ok: true,
      data: { hostEmail: null }
    })
    await call(c, 'accounts:test-connection')
    expect(sim.stats().tokensIssued).toBe(tokensBefore + 1)

    const forgotten = await call(c, 'accounts:forget', { id, confirmed: true })
    expect(forgotten).toMatchObject({
      ok: true,
      data: { profiles: [], connection: { mode: 'none' } }
    })
    expect(await call(c, 'accounts:test-connection')).toMatchObject({
      ok: false,
      error: { code: 'auth' }
    })

    // The canary: the secret is in no answer above and in no file Headcount wrote.
    const files = readdirSync(c.dataDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    for (const text of files) expect(text).not.toContain(sim.clientSecret)
  })

  it('refuses a wrong secret with a plain message and the fix', async () => {
    const c = core()
    const created = await call(c, 'accounts:create', {
      name: 'Typo',
      accountId: sim.accountId,
      clientId: sim.clientId,
      clientSecret: 'definitely-not-the-secret',
      plan: 'pro'
    })
    const id = (created as { data: { profile: { id: string } } }).data.profile.id
    await call(c, 'accounts:connect', { id })
    const tested = await call(c, 'accounts:test-connection')
    expect(tested).toMatchObject({ ok: false, error: { code: 'auth' } })
    expect(JSON.stringify(tested)).not.toContain('definitely-not-the-secret')
  })

  it('checks field shapes before any network call', async () => {
    const c = core()
    const before = sim.stats().requests
    const result = await call(c, 'accounts:create', {
      name: '',
      accountId: 'has spaces',
      clientId: 'x',
      clientSecret: 'y',
      plan: 'gold'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(sim.stats().requests).toBe(before)
  })
})

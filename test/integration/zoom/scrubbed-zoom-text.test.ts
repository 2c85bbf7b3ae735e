import { afterEach, describe, expect, it } from 'vitest'
import { createIpcRouter } from '../../../src/main/ipc/router'
import { silentLogger } from '../../../src/main/logging/logger'
import { createSecretRegistry } from '../../../src/main/logging/redact'
import { AppFailure } from '../../../src/shared/app-error'
import { createTestCore } from '../../support/fake-core'
import type { FakeZoom } from '../../unit/zoom/support/fake-zoom'
import { secrets, sendJson, startFakeZoom, testClient } from '../../unit/zoom/support/fake-zoom'

// Issue 19 (hardening): errors that quote Zoom's text reach the window and the CLI. If Zoom (or a
// proxy in front of it) ever echoes the request, its words must pass the same secret scrubber as
// the logs: no access token, no client secret, no credential-shaped text.

/** Echoes what it was sent, the worst a server can do with an error message. */
function echoingZoom(): Promise<FakeZoom> {
  return startFakeZoom((seen, res) =>
    sendJson(res, 400, {
      code: 9999,
      message: `Rejected ${seen.headers.authorization} with token ${String(seen.headers.authorization).slice(7)} for ${secrets.clientSecret}`
    })
  )
}

function leaks(text: string, fake: FakeZoom): string[] {
  const tokens = fake.api().map((seen) => String(seen.headers.authorization).slice(7))
  return [secrets.clientSecret, ...tokens].filter((secret) => text.includes(secret))
}

describe('Zoom text quoted in error messages', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('carries no token or secret out of the Zoom client', async () => {
    fake = await echoingZoom()
    const failure = await testClient(fake)
      .getUser('me')
      .catch((error: AppFailure) => error.appError)
    expect(failure).toMatchObject({ code: 'validation' })
    expect(JSON.stringify(failure)).toMatch(/Zoom said/)
    expect(leaks(JSON.stringify(failure), fake)).toEqual([])
  })

  it('carries none out of the token endpoint either', async () => {
    fake = await startFakeZoom()
    fake.onToken = (seen, res) =>
      sendJson(res, 400, { error: 'invalid_request', reason: `bad ${seen.headers.authorization}` })
    const failure = await testClient(fake)
      .getUser('me')
      .catch((error: AppFailure) => error.appError)
    const basic = Buffer.from(`${secrets.clientId}:${secrets.clientSecret}`).toString('base64')
    expect(JSON.stringify(failure)).not.toContain(basic)
    expect(JSON.stringify(failure)).not.toContain(secrets.clientSecret)
  })

  it('carries none over IPC from a connected core', async () => {
    fake = await echoingZoom()
    const { core } = createTestCore({
      zoomEndpoints: { apiBaseUrl: fake.apiBaseUrl, oauthUrl: fake.oauthUrl }
    })
    const created = await core.router.dispatch('accounts:create', {
      name: 'Echo',
      accountId: secrets.accountId,
      clientId: secrets.clientId,
      clientSecret: secrets.clientSecret,
      plan: 'pro'
    })
    const id = (created as { data: { profile: { id: string } } }).data.profile.id
    await core.router.dispatch('accounts:connect', { id })
    const result = await core.router.dispatch('meetings:list', { userId: 'me', type: 'scheduled' })
    expect(result).toMatchObject({ ok: false })
    expect(JSON.stringify(result)).toMatch(/Zoom said/)
    expect(leaks(JSON.stringify(result), fake)).toEqual([])
  })

  it('the router scrubs every error it returns with the log scrubber', async () => {
    const registry = createSecretRegistry()
    registry.add('known-secret-value-123')
    const router = createIpcRouter(
      {
        'app:get-info': async () => {
          throw new AppFailure({
            code: 'validation',
            message: 'Zoom said: "known-secret-value-123 Bearer abc.def"',
            remedy: 'client_secret=xyz',
            details: { fields: [{ field: 'f', message: 'known-secret-value-123' }] }
          })
        }
      } as never,
      silentLogger,
      registry
    )
    const result = JSON.stringify(await router.dispatch('app:get-info', undefined))
    expect(result).not.toContain('known-secret-value-123')
    expect(result).not.toContain('abc.def')
    expect(result).not.toContain('xyz')
    expect(result).toContain('[REDACTED]')
  })
})

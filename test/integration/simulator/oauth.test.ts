import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HEADCOUNT_SCOPES } from '../../../src/main/simulator/index'
import { startHarness, type SimHarness } from '../../support/simulator-harness'

let h: SimHarness

beforeAll(async () => {
  h = await startHarness({ tokenTtlSeconds: 3600 })
})
afterAll(() => h.sim.close())

async function tokenRequest(init: {
  auth?: string
  body?: string
  query?: string
  json?: boolean
}): Promise<{ status: number; body: Record<string, unknown> }> {
  const good = Buffer.from(`${h.sim.clientId}:${h.sim.clientSecret}`).toString('base64')
  const response = await fetch(`${h.sim.oauthUrl}${init.query ?? ''}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${init.auth ?? good}`,
      'content-type': init.json ? 'application/json' : 'application/x-www-form-urlencoded'
    },
    body: init.body ?? ''
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('POST /oauth/token', () => {
  it('returns Zoom token JSON for account credentials in the body', async () => {
    const { status, body } = await tokenRequest({
      body: `grant_type=account_credentials&account_id=${h.sim.accountId}`
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      token_type: 'bearer',
      expires_in: 3600,
      api_url: new URL(h.sim.apiBaseUrl).origin
    })
    expect(body.scope).toBe(HEADCOUNT_SCOPES.join(' '))
    expect(typeof body.access_token).toBe('string')
    expect(body).not.toHaveProperty('refresh_token')
  })

  it('accepts grant_type and account_id in the query string (old docs)', async () => {
    const { status } = await tokenRequest({
      query: `?grant_type=account_credentials&account_id=${h.sim.accountId}`
    })
    expect(status).toBe(200)
  })

  it('rejects a wrong client secret with invalid_client', async () => {
    const bad = Buffer.from(`${h.sim.clientId}:nope`).toString('base64')
    const result = await tokenRequest({
      auth: bad,
      body: `grant_type=account_credentials&account_id=${h.sim.accountId}`
    })
    expect(result).toEqual({
      status: 400,
      body: { reason: 'Invalid client_id or client_secret', error: 'invalid_client' }
    })
  })

  it('rejects a wrong account id with invalid_request', async () => {
    const result = await tokenRequest({
      body: 'grant_type=account_credentials&account_id=someone-else'
    })
    expect(result).toEqual({
      status: 400,
      body: { reason: 'Bad Request', error: 'invalid_request' }
    })
  })

  it('rejects another grant type and a JSON body with unsupported_grant_type', async () => {
    const wrong = await tokenRequest({
      body: `grant_type=client_credentials&account_id=${h.sim.accountId}`
    })
    const json = await tokenRequest({
      json: true,
      body: JSON.stringify({ grant_type: 'account_credentials', account_id: h.sim.accountId })
    })
    for (const result of [wrong, json]) {
      expect(result).toEqual({
        status: 400,
        body: { reason: 'unsupported grant type', error: 'unsupported_grant_type' }
      })
    }
  })
})

describe('bearer tokens', () => {
  it('answers 401/124 for an unknown token', async () => {
    const response = await h.call('/users/me', { token: 'not-a-token' })
    expect(response.status).toBe(401)
    expect(response.body).toEqual({ code: 124, message: 'Invalid access token.' })
  })

  it('expires tokens after their lifetime on the simulator clock', async () => {
    const token = await h.newToken()
    expect((await h.call('/users/me', { token })).status).toBe(200)
    h.advance(3600 * 1000)
    const expired = await h.call('/users/me', { token })
    expect(expired.status).toBe(401)
    expect(expired.body).toEqual({ code: 124, message: 'Access token is expired.' })
  })

  it('keeps older tokens valid when a new one is issued, until revoked', async () => {
    const first = await h.newToken()
    const second = await h.newToken()
    expect((await h.call('/users/me', { token: first })).status).toBe(200)
    h.sim.faults.revokeAllTokens()
    for (const token of [first, second])
      expect((await h.call('/users/me', { token })).body.code).toBe(124)
    expect(h.sim.stats().tokensIssued).toBeGreaterThanOrEqual(4)
  })
})

describe('scopes', () => {
  it('answers 400/4711 listing the scopes the endpoint needs', async () => {
    const narrow = await startHarness({ scopes: ['user:read:list_users:admin'] })
    try {
      expect((await narrow.call('/users')).status).toBe(200)
      const denied = await narrow.call('/users/me/meetings')
      expect(denied.status).toBe(400)
      expect(denied.body).toEqual({
        code: 4711,
        message:
          'Invalid access token, does not contain scopes:[meeting:read:list_meetings, meeting:read:list_meetings:admin].'
      })
      const report = await narrow.call('/report/meetings/123')
      expect(report.body.message).toBe(
        'Invalid access token, does not contain scopes:[report:read:meeting:admin].'
      )
    } finally {
      await narrow.sim.close()
    }
  })
})

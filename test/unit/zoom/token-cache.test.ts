import { afterEach, describe, expect, it } from 'vitest'
import type { FakeZoom } from './support/fake-zoom'
import {
  failureOf,
  issueToken,
  secrets,
  sendJson,
  startFakeZoom,
  testClient
} from './support/fake-zoom'

const user = { id: 'u1', email: 'a@example.org', type: 1 }

describe('Zoom token handling', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('posts grant_type and account_id in a form body with Basic auth', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    await testClient(fake).getUser('me')
    const [post] = fake.tokenPosts()
    expect(post.method).toBe('POST')
    expect(post.query.toString()).toBe('')
    expect(post.headers['content-type']).toContain('application/x-www-form-urlencoded')
    const form = new URLSearchParams(post.body)
    expect(form.get('grant_type')).toBe('account_credentials')
    expect(form.get('account_id')).toBe(secrets.accountId)
    const basic = Buffer.from(`${secrets.clientId}:${secrets.clientSecret}`).toString('base64')
    expect(post.headers.authorization).toBe(`Basic ${basic}`)
    expect(fake.api()[0].headers.authorization).toMatch(/^Bearer TOKEN-canary-\d+$/)
  })

  it('shares one token request among 50 concurrent calls', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    const client = testClient(fake)
    await Promise.all(Array.from({ length: 50 }, () => client.getUser('me')))
    expect(fake.tokenPosts()).toHaveLength(1)
    expect(fake.api()).toHaveLength(50)
  })

  it('renews the token at least 60 s before it expires', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    let nowMs = Date.parse('2026-03-01T10:00:00Z')
    const client = testClient(fake, { now: () => new Date(nowMs) })
    await client.getUser('me')
    nowMs += (3600 - 61) * 1000
    await client.getUser('me')
    expect(fake.tokenPosts()).toHaveLength(1)
    nowMs += 2000
    await client.getUser('me')
    expect(fake.tokenPosts()).toHaveLength(2)
  })

  it('after a 401 (code 124) renews once and resends once', async () => {
    let first = true
    fake = await startFakeZoom((_seen, res) => {
      if (first) {
        first = false
        sendJson(res, 401, { code: 124, message: 'Invalid access token.' })
        return
      }
      sendJson(res, 200, user)
    })
    const client = testClient(fake)
    await expect(client.getUser('me')).resolves.toMatchObject({ id: 'u1' })
    expect(fake.tokenPosts()).toHaveLength(2)
    expect(fake.api()).toHaveLength(2)
    expect(fake.api()[0].headers.authorization).not.toBe(fake.api()[1].headers.authorization)
  })

  it('gives up with an auth error when the renewed token is refused too', async () => {
    fake = await startFakeZoom((_seen, res) =>
      sendJson(res, 401, { code: 124, message: 'Access token is expired.' })
    )
    const failure = await failureOf(testClient(fake).getUser('me'))
    expect(failure.code).toBe('auth')
    expect(failure.remedy).toMatch(/Test connection/)
    expect(fake.tokenPosts()).toHaveLength(2)
    expect(fake.api()).toHaveLength(2)
  })

  it('renews only once when many calls hit the same revoked token', async () => {
    let revoked: string | undefined
    fake = await startFakeZoom((seen, res) => {
      revoked ??= seen.headers.authorization
      if (seen.headers.authorization === revoked) {
        sendJson(res, 401, { code: 124, message: 'Invalid access token.' })
        return
      }
      sendJson(res, 200, user)
    })
    const client = testClient(fake)
    await client.grantedScopes()
    await Promise.all(Array.from({ length: 20 }, () => client.getUser('me')))
    expect(fake.tokenPosts()).toHaveLength(2)
  })

  it('maps a bad client secret to an auth error without retrying', async () => {
    fake = await startFakeZoom()
    fake.onToken = (_seen, res) =>
      sendJson(res, 400, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' })
    const failure = await failureOf(testClient(fake).getUser('me'))
    expect(failure.code).toBe('auth')
    expect(failure.message).toContain('Client Secret')
    expect(JSON.stringify(failure)).not.toContain(secrets.clientSecret)
    expect(fake.tokenPosts()).toHaveLength(1)
    expect(fake.api()).toHaveLength(0)
  })

  it('retries the token request after a 5xx', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    let calls = 0
    fake.onToken = (seen, res, req) => {
      calls += 1
      if (calls === 1) return sendJson(res, 503, { reason: 'busy', error: 'server_error' })
      return issueToken(seen, res, req)
    }
    await testClient(fake).getUser('me')
    expect(fake.tokenPosts()).toHaveLength(2)
  })

  it('reads granted scopes from the token and forgets the token on clearTokens', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    const client = testClient(fake)
    expect(await client.grantedScopes()).toEqual([
      'user:read:list_users:admin',
      'meeting:read:meeting:admin'
    ])
    client.clearTokens()
    await client.getUser('me')
    client.signOut()
    await client.getUser('me')
    expect(fake.tokenPosts()).toHaveLength(3)
  })

  it('tells the log redactor about the client secret and every access token', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    const known: string[] = []
    const client = testClient(fake, { onSecret: (secret) => known.push(secret) })
    await client.getUser('me')
    client.clearTokens()
    await client.getUser('me')
    const sentTokens = fake.api().map((seen) => String(seen.headers.authorization).slice(7))
    expect(known).toEqual([secrets.clientSecret, ...sentTokens])
  })
})

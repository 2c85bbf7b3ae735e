import { afterEach, describe, expect, it } from 'vitest'
import type { FakeZoom } from './support/fake-zoom'
import { issueToken, sendJson, startFakeZoom, testClient } from './support/fake-zoom'

// Issue 19 (low): a 429 from the token endpoint is a rate limit, not wrong credentials. It is
// retried after Retry-After when that fits the wait budget, and otherwise named as a limit.

const user = { id: 'u1', email: 'a@example.org', type: 1 }
const tooMany = { reason: 'Too many requests', error: 'too_many_requests' }

async function appErrorOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise
    return { code: 'resolved' }
  } catch (error) {
    return (error as { appError?: Record<string, unknown> }).appError ?? {}
  }
}

describe('the token endpoint answering 429', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('waits for Retry-After (seconds) and then signs in', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    let posts = 0
    fake.onToken = (seen, res, req) => {
      posts += 1
      if (posts === 1) return sendJson(res, 429, tooMany, { 'Retry-After': '0.05' })
      return issueToken(seen, res, req)
    }
    const started = Date.now()
    await expect(testClient(fake).getUser('me')).resolves.toMatchObject({ id: 'u1' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    expect(fake.tokenPosts()).toHaveLength(2)
  })

  it('says it is a rate limit, with when to try again, when Retry-After is too far away', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    const at = new Date(Date.now() + 3_600_000).toUTCString()
    fake.onToken = (_seen, res) => sendJson(res, 429, tooMany, { 'Retry-After': at })
    const error = await appErrorOf(testClient(fake, { maxRetryWaitMs: 1000 }).getUser('me'))
    expect(error.code).toBe('rate-limited')
    expect(String(error.message)).toMatch(/signing in/)
    expect(String(error.message)).not.toMatch(/Client ID|Client Secret|Account ID/)
    expect(error.details).toMatchObject({ retryAt: expect.any(String) })
    expect(fake.tokenPosts()).toHaveLength(1)
  })

  it('gives up as a rate limit (never "credentials") when every try is refused', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, user))
    fake.onToken = (_seen, res) => sendJson(res, 429, tooMany)
    const error = await appErrorOf(testClient(fake, { maxAttempts: 3 }).getUser('me'))
    expect(error.code).toBe('rate-limited')
    expect(String(error.remedy)).toMatch(/Wait/)
    expect(fake.tokenPosts()).toHaveLength(3)
  })
})

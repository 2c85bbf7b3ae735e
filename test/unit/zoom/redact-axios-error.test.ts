import { inspect } from 'node:util'
import axios, { isAxiosError } from 'axios'
import type { AxiosError } from 'axios'
import { afterEach, describe, expect, it } from 'vitest'
import type { Logger } from '../../../src/main/logging/logger'
import { redactAxiosError, summarizeHttpError } from '../../../src/main/zoom/redact-axios-error'
import type { FakeZoom } from './support/fake-zoom'
import { secrets, sendJson, startFakeZoom, testClient } from './support/fake-zoom'

const basic = Buffer.from(`${secrets.clientId}:${secrets.clientSecret}`).toString('base64')
const token = 'TOKEN-canary-leak'
const forbidden = [secrets.clientSecret, basic, token, `account_id=${secrets.accountId}`]

function leaks(text: string): string[] {
  return forbidden.filter((needle) => text.includes(needle))
}

async function failingTokenRequest(fake: FakeZoom): Promise<AxiosError> {
  try {
    await axios.post(
      fake.oauthUrl,
      `grant_type=account_credentials&account_id=${secrets.accountId}`,
      {
        auth: { username: secrets.clientId, password: secrets.clientSecret },
        headers: { 'X-Debug': `Bearer ${token}` }
      }
    )
  } catch (error) {
    if (isAxiosError(error)) return error
  }
  throw new Error('expected an AxiosError')
}

describe('redactAxiosError', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('removes credentials, tokens and the form body from everything a logger might print', async () => {
    fake = await startFakeZoom()
    fake.onToken = (_seen, res) =>
      sendJson(res, 400, { error: 'invalid_client', access_token: token, reason: 'bad' })
    const error = await failingTokenRequest(fake)
    // The raw error really does carry the secrets (so this test can fail).
    expect(leaks(inspect(error, { depth: 10 })).length).toBeGreaterThan(0)
    expect(leaks(JSON.stringify(error.toJSON())).length).toBeGreaterThan(0)

    redactAxiosError(error)
    expect(leaks(JSON.stringify(error.toJSON()))).toEqual([])
    expect(leaks(inspect(error, { depth: 10 }))).toEqual([])
    expect(leaks(JSON.stringify(summarizeHttpError(error)))).toEqual([])
    expect(JSON.stringify(error.toJSON())).toContain('[REDACTED]')
  })

  it('keeps the useful facts in the summary', async () => {
    fake = await startFakeZoom((_seen, res) =>
      sendJson(
        res,
        404,
        { code: 3001, message: 'Meeting not found' },
        { 'x-zm-trackingid': 'v=2.0;rid=X' }
      )
    )
    const error = await axios
      .get(`${fake.apiBaseUrl}/meetings/1?email=a@b.c`, {
        headers: { Authorization: `Bearer ${token}` }
      })
      .catch((caught: unknown) => caught)
    expect(summarizeHttpError(error)).toMatchObject({
      status: 404,
      zoomCode: 3001,
      method: 'GET',
      trackingId: 'v=2.0;rid=X'
    })
    expect(summarizeHttpError(error).url).not.toContain('email')
  })
})

describe('the client never logs or throws secrets', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('keeps secrets out of log lines and thrown errors across failure paths', async () => {
    const lines: string[] = []
    const record =
      (level: string) =>
      (message: string, fields?: Record<string, unknown>): void => {
        lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`)
      }
    const logger: Logger = {
      debug: record('debug'),
      info: record('info'),
      warn: record('warn'),
      error: record('error')
    }
    let calls = 0
    fake = await startFakeZoom((_seen, res) => {
      calls += 1
      if (calls % 3 === 0) return res.socket?.destroy()
      if (calls % 3 === 1)
        return sendJson(res, 401, { code: 124, message: 'Invalid access token.' })
      sendJson(res, 500, { code: 500, message: 'boom' })
    })
    const client = testClient(fake, { logger, maxAttempts: 3 })
    const errors: unknown[] = []
    for (const run of [
      () => client.getMeeting(1),
      () => client.createMeeting('me', { topic: 'x' })
    ]) {
      await run().catch((error: unknown) => errors.push(error))
    }
    fake.onToken = (_seen, res) => sendJson(res, 400, { error: 'invalid_client', reason: 'no' })
    client.clearTokens()
    await client.getMeeting(1).catch((error: unknown) => errors.push(error))

    expect(errors).toHaveLength(3)
    expect(lines.length).toBeGreaterThan(3)
    const everything =
      lines.join('\n') + errors.map((error) => inspect(error, { depth: 10 })).join('\n')
    const issued = fake
      .api()
      .map((seen) => String(seen.headers.authorization).replace('Bearer ', ''))
    expect(issued.length).toBeGreaterThan(0)
    for (const value of [...forbidden, ...issued]) expect(everything).not.toContain(value)
  })
})

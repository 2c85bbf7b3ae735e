import axios, { AxiosError } from 'axios'
import type { AxiosAdapter } from 'axios'
import { afterEach, describe, expect, it } from 'vitest'
import type { FakeZoom } from './support/fake-zoom'
import { failureCode, failureOf, sendJson, startFakeZoom, testClient } from './support/fake-zoom'

const meeting = { id: 85746065432, topic: 'Board' }
const created = { id: 85746065432, pre_schedule: false }

describe('Zoom retries', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('retries a GET after 5xx and succeeds', async () => {
    let calls = 0
    fake = await startFakeZoom((_seen, res) => {
      calls += 1
      if (calls <= 2) return sendJson(res, 503, { code: 503, message: 'busy' })
      sendJson(res, 200, meeting)
    })
    await expect(testClient(fake).getMeeting(85746065432)).resolves.toMatchObject(meeting)
    expect(fake.api()).toHaveLength(3)
  })

  it('stops after maxAttempts and reports zoom-unavailable', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 500, { code: 500, message: 'oops' }))
    const client = testClient(fake, { maxAttempts: 4 })
    expect(await failureCode(client.getMeeting(1234567890))).toBe('zoom-unavailable')
    expect(fake.api()).toHaveLength(4)
  })

  it.each([
    [400, { code: 300, message: 'Validation Failed.' }, 'validation'],
    [403, { code: 403, message: 'Forbidden' }, 'auth'],
    [404, { code: 3001, message: 'Meeting 1234567890 is not found or has expired.' }, 'not-found']
  ])('never retries a %i', async (status, body, code) => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, status, body))
    expect(await failureCode(testClient(fake).getMeeting(1234567890))).toBe(code)
    expect(fake.api()).toHaveLength(1)
  })

  it('retries a GET whose connection was reset', async () => {
    let calls = 0
    fake = await startFakeZoom((_seen, res) => {
      calls += 1
      if (calls === 1) return res.socket?.destroy()
      sendJson(res, 200, meeting)
    })
    await expect(testClient(fake).getMeeting(1234567890)).resolves.toMatchObject(meeting)
    expect(fake.api()).toHaveLength(2)
  })

  it('never resends a meeting create that may have reached Zoom (5xx or reset)', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 502, { code: 502, message: 'bad gw' }))
    const client = testClient(fake)
    expect(await failureCode(client.createMeeting('host@example.org', { topic: 'x' }))).toBe(
      'zoom-unavailable'
    )
    fake.onApi = (_seen, res) => void res.socket?.destroy()
    expect(
      await failureCode(client.createUser('create', { email: 'n@example.org', type: 1 }))
    ).toBe('network')
    expect(fake.api()).toHaveLength(2)
  })

  it('never resends a create after a per-second 429', async () => {
    fake = await startFakeZoom((_seen, res) =>
      sendJson(res, 429, { code: 429, message: 'per-second' }, { 'Retry-After': '0' })
    )
    const client = testClient(fake)
    expect(await failureCode(client.createMeeting('me', { topic: 'x' }))).toBe('rate-limited')
    expect(fake.api()).toHaveLength(1)
  })

  it('resends a create when the connection was refused (nothing was sent)', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 201, created))
    const real = axios.getAdapter('http') as AxiosAdapter
    let refused = 0
    const flaky: AxiosAdapter = (config) => {
      if (refused === 0) {
        refused += 1
        return Promise.reject(new AxiosError('connect ECONNREFUSED', 'ECONNREFUSED', config))
      }
      return real(config)
    }
    const client = testClient(fake, {}, { http: axios.create({ adapter: flaky }) })
    await expect(client.createMeeting('me', { topic: 'x' })).resolves.toMatchObject(created)
    expect(refused).toBe(1)
    expect(fake.api()).toHaveLength(1)
  })

  it('honours Retry-After in seconds on a per-second 429 and counts it', async () => {
    let calls = 0
    fake = await startFakeZoom((_seen, res) => {
      calls += 1
      if (calls === 1) {
        return sendJson(
          res,
          429,
          {
            code: 429,
            message: 'You have reached the maximum per-second rate limit for this API.'
          },
          { 'X-RateLimit-Type': 'QPS', 'Retry-After': '0' }
        )
      }
      sendJson(res, 200, meeting)
    })
    const client = testClient(fake)
    await client.getMeeting(1234567890)
    expect(fake.api()).toHaveLength(2)
    expect(client.stats().responses429).toBe(1)
  })

  it('fails fast when Retry-After is beyond the wait budget', async () => {
    fake = await startFakeZoom((_seen, res) =>
      sendJson(res, 429, { code: 429, message: 'slow down' }, { 'Retry-After': '600' })
    )
    const failure = await failureOf(testClient(fake, { maxRetryWaitMs: 5000 }).getMeeting(123))
    expect(failure.code).toBe('rate-limited')
    expect(failure.details?.retryAt).toBeDefined()
    expect(fake.api()).toHaveLength(1)
  })

  it('fails fast when Retry-After is a date beyond the wait budget', async () => {
    fake = await startFakeZoom((_seen, res) =>
      sendJson(
        res,
        429,
        { code: 429, message: 'slow down' },
        { 'Retry-After': '2026-03-01T15:10:00Z' }
      )
    )
    const client = testClient(fake, { now: () => new Date('2026-03-01T15:00:00Z') })
    const failure = await failureOf(client.getMeeting(123))
    expect(failure.code).toBe('rate-limited')
    expect(failure.details?.retryAt).toBe('2026-03-01T15:10:00.000Z')
    expect(fake.api()).toHaveLength(1)
  })

  it('stops a tier for the day on a daily-limit 429 and says when it resets', async () => {
    const reset = '2026-03-02T00:00:00Z'
    fake = await startFakeZoom((seen, res) => {
      if (seen.path.startsWith('/v2/report/')) {
        return sendJson(
          res,
          429,
          { code: 429, message: 'You have reached the maximum daily rate limit for this API.' },
          {
            'X-RateLimit-Category': 'Heavy',
            'X-RateLimit-Type': 'Daily-limit',
            'Retry-After': reset
          }
        )
      }
      sendJson(res, 200, meeting)
    })
    const client = testClient(fake, { now: () => new Date('2026-03-01T15:00:00Z') })
    const failure = await failureOf(client.getReportMeeting(1234567890))
    expect(failure.code).toBe('daily-limit')
    expect(failure.details?.retryAt).toBe('2026-03-02T00:00:00.000Z')
    expect(failure.message).toContain('2026-03-02T00:00:00.000Z')
    expect(await failureCode(client.listReportParticipants(1234567890).toArray())).toBe(
      'daily-limit'
    )
    expect(fake.api()).toHaveLength(1)
    await expect(client.getMeeting(1234567890)).resolves.toMatchObject(meeting)
  })

  it('stops only that host after the 100-a-day meeting-create cap', async () => {
    fake = await startFakeZoom((seen, res) => {
      if (seen.path.includes('full%40example.org')) {
        return sendJson(res, 429, {
          code: 429,
          message:
            'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.'
        })
      }
      sendJson(res, 201, created)
    })
    const client = testClient(fake)
    expect(await failureCode(client.createMeeting('full@example.org', { topic: 'a' }))).toBe(
      'daily-limit'
    )
    expect(await failureCode(client.createMeeting('full@example.org', { topic: 'b' }))).toBe(
      'daily-limit'
    )
    await expect(client.createMeeting('other@example.org', { topic: 'c' })).resolves.toBeDefined()
    expect(fake.api()).toHaveLength(2)
  })

  it('gives every exchange a total deadline, not an idle timeout, then retries the GET', async () => {
    // The server trickles a byte every 20 ms: an idle-socket timeout would never fire.
    fake = await startFakeZoom((_seen, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write(' ')
      const drip = setInterval(() => res.write(' '), 20)
      res.on('close', () => clearInterval(drip))
    })
    const client = testClient(fake, { requestTimeoutMs: 150, maxAttempts: 2 })
    const failure = await failureOf(client.getMeeting(1234567890))
    expect(failure.code).toBe('network')
    expect(failure.message).toContain('in time')
    expect(fake.api()).toHaveLength(2)
  })
})

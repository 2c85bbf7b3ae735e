import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FakeZoom } from './support/fake-zoom'
import { failureCode, sendJson, startFakeZoom, testClient } from './support/fake-zoom'

describe('cancelling Zoom work', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('aborts in-flight requests, drops queued ones and starts nothing new', async () => {
    fake = await startFakeZoom(() => undefined) // Zoom never answers
    const client = testClient(fake, { plan: 'pro', requestTimeoutMs: 60_000 })
    const job = new AbortController()
    const calls = Array.from({ length: 30 }, (_, i) =>
      failureCode(client.listReportParticipants(1000000000 + i, { signal: job.signal }).toArray())
    )
    await vi.waitFor(() => expect(fake.api().length).toBeGreaterThanOrEqual(3))
    job.abort()
    const codes = await Promise.all(calls)
    expect(new Set(codes)).toEqual(new Set(['cancelled']))
    const sentBeforeCancel = fake.api().length
    expect(sentBeforeCancel).toBeLessThan(30)
    await vi.waitFor(() => expect(fake.api().every((seen) => seen.abortedByClient)).toBe(true), {
      timeout: 1000
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(fake.api().length).toBe(sentBeforeCancel)
  })

  it('stops waiting during a retry backoff', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 503, { code: 503, message: 'busy' }))
    const client = testClient(fake, {
      backoff: { baseMs: 30_000, capMs: 60_000 },
      random: () => 0.99
    })
    const job = new AbortController()
    const call = failureCode(client.getMeeting(1234567890, { signal: job.signal }))
    await vi.waitFor(() => expect(fake.api()).toHaveLength(1))
    job.abort()
    expect(await call).toBe('cancelled')
    expect(fake.api()).toHaveLength(1)
  })

  it('stops waiting for a token that never comes', async () => {
    fake = await startFakeZoom()
    fake.onToken = () => undefined
    const client = testClient(fake)
    const job = new AbortController()
    const call = failureCode(client.getMeeting(1234567890, { signal: job.signal }))
    await vi.waitFor(() => expect(fake.tokenPosts()).toHaveLength(1))
    job.abort()
    expect(await call).toBe('cancelled')
    expect(fake.api()).toHaveLength(0)
  })

  it('refuses to start when the signal is already aborted', async () => {
    fake = await startFakeZoom((_seen, res) => sendJson(res, 200, {}))
    const client = testClient(fake)
    expect(await failureCode(client.getMeeting(1, { signal: AbortSignal.abort() }))).toBe(
      'cancelled'
    )
    expect(fake.seen).toHaveLength(0)
  })
})

import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { ZoomClient } from '../../../src/main/zoom/client'
import type { FakeZoom } from './support/fake-zoom'
import { sendJson, startFakeZoom, testClient } from './support/fake-zoom'

// Issue 19, defect 3: a 2xx whose body is not the JSON object Zoom sends (a proxy's or a network
// sign-in page, a cut-off answer) used to pass axios's silent JSON parsing as a string, and
// paging read a missing list as empty: "ok, 0 people". It must be zoom-unavailable instead.

const html = '<!doctype html><html><body>Sign in to the network</body></html>'

type Spoiler = (res: ServerResponse, body: unknown) => void
const spoilers: Record<string, Spoiler> = {
  'an HTML page': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' })
    res.end(html)
  },
  'truncated JSON': (res, body) => {
    const text = JSON.stringify(body)
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(text.slice(0, Math.floor(text.length / 2)))
  },
  'an empty body': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end('')
  },
  'a JSON array': (res) => sendJson(res, 200, []),
  'JSON null': (res) => sendJson(res, 200, null)
}

/** A whole, valid answer for any endpoint, so spoiling it is the only fault. */
const validBody = {
  id: 'x1',
  uuid: 'u1',
  email: 'a@example.org',
  total_records: 1,
  next_page_token: '',
  users: [{ id: 'x1', email: 'a@example.org' }],
  meetings: [{ id: 1, uuid: 'u1' }],
  registrants: [{ id: 'r1' }],
  participants: [{ id: 'p1' }]
}

const calls: Array<[string, (client: ZoomClient) => Promise<unknown>]> = [
  ['listUsers', (c) => c.listUsers().toArray()],
  ['getUser', (c) => c.getUser('me')],
  ['createUser', (c) => c.createUser('create', { email: 'new@example.org', type: 1 })],
  ['listUserMeetings', (c) => c.listUserMeetings('me').toArray()],
  ['createMeeting', (c) => c.createMeeting('me', { topic: 'T', type: 2 })],
  ['getMeeting', (c) => c.getMeeting(85746065432)],
  ['listRegistrants', (c) => c.listRegistrants(85746065432).toArray()],
  ['getPastMeeting', (c) => c.getPastMeeting('u1')],
  ['listPastInstances', (c) => c.listPastInstances(85746065432)],
  ['listPastParticipants', (c) => c.listPastParticipants('u1').toArray()],
  ['listReportMeetings', (c) => c.listReportMeetings('me', '2026-10-01', '2026-10-31').toArray()],
  ['getReportMeeting', (c) => c.getReportMeeting('u1')],
  ['listReportParticipants', (c) => c.listReportParticipants('u1').toArray()]
]

async function appErrorOf(promise: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  try {
    const value = await promise
    return { code: `resolved with ${JSON.stringify(value)}` }
  } catch (error) {
    return (error as { appError?: { code?: string; message?: string } }).appError ?? {}
  }
}

describe('a 2xx answer that is not the JSON object Zoom sends', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  for (const [label, spoil] of Object.entries(spoilers)) {
    it.each(calls)(`${label} from %s is zoom-unavailable, in plain words`, async (_name, call) => {
      fake = await startFakeZoom((_seen, res) => spoil(res, validBody))
      const error = await appErrorOf(call(testClient(fake, { maxAttempts: 2 })))
      expect(error.code).toBe('zoom-unavailable')
      expect(error.message).toMatch(/not in the form Headcount expects/)
    })
  }

  it('retries a spoiled GET like a 5xx, so one bad answer costs nothing', async () => {
    let served = 0
    fake = await startFakeZoom((_seen, res) => {
      served += 1
      if (served === 1) spoilers['an HTML page']!(res, validBody)
      else sendJson(res, 200, { id: 'x1', email: 'a@example.org' })
    })
    await expect(testClient(fake).getUser('me')).resolves.toMatchObject({ id: 'x1' })
    expect(fake.api()).toHaveLength(2)
  })

  it('never resends a POST whose answer was spoiled (it may have been done)', async () => {
    fake = await startFakeZoom((_seen, res) => spoilers['an HTML page']!(res, validBody))
    const error = await appErrorOf(
      testClient(fake).createMeeting('me', { topic: 'Once only', type: 2 })
    )
    expect(error.code).toBe('zoom-unavailable')
    expect(error.message).toMatch(/may have been made/)
    expect(fake.api()).toHaveLength(1)
  })

  it('spoiled token answers are zoom-unavailable too, never "wrong credentials"', async () => {
    fake = await startFakeZoom()
    fake.onToken = (_seen, res) => spoilers['an HTML page']!(res, validBody)
    const error = await appErrorOf(testClient(fake, { maxAttempts: 2 }).getUser('me'))
    expect(error.code).toBe('zoom-unavailable')
    expect(fake.tokenPosts()).toHaveLength(2)
  })
})

describe('a page whose list is missing or not a list', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it.each([
    ['on page 1', 0],
    ['on page 2', 1]
  ])('%s is zoom-unavailable, not an empty or short list', async (_label, badPage) => {
    fake = await startFakeZoom((seen, res) => {
      const page = seen.query.get('next_page_token') ? 1 : 0
      const users = [{ id: `u${page}`, email: `u${page}@example.org` }]
      const body =
        page === badPage
          ? { total_records: 2, next_page_token: page === 0 ? 't1' : '' }
          : { total_records: 2, next_page_token: page === 0 ? 't1' : '', users }
      sendJson(res, 200, body)
    })
    const error = await appErrorOf(testClient(fake).listUsers().toArray())
    expect(error.code).toBe('zoom-unavailable')
    expect(error.message).toMatch(/not in the form Headcount expects/)
  })

  it('still accepts an empty list that Zoom says is empty', async () => {
    fake = await startFakeZoom((_seen, res) =>
      sendJson(res, 200, { total_records: 0, next_page_token: '', users: [] })
    )
    await expect(testClient(fake).listUsers().toArray()).resolves.toEqual([])
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import type { FakeZoom, Seen } from './support/fake-zoom'
import { failureOf, sendJson, startFakeZoom, testClient } from './support/fake-zoom'

const expired = { code: 300, message: 'The next page token is invalid or expired.' }

/** Serves `total` registrants in pages of `pageSize`, tokens "p1", "p2", … */
function pagedRegistrants(total: number, pageSize: number, reported = total) {
  return (seen: Seen): { status: number; body: unknown } => {
    const token = seen.query.get('next_page_token') ?? ''
    const page = token === '' ? 0 : Number(token.slice(1))
    const start = page * pageSize
    const registrants = Array.from(
      { length: Math.max(0, Math.min(pageSize, total - start)) },
      (_, i) => ({
        id: `r${start + i}`,
        email: `r${start + i}@example.org`,
        first_name: 'R'
      })
    )
    const next = start + pageSize < total ? `p${page + 1}` : ''
    return {
      status: 200,
      body: { page_size: pageSize, total_records: reported, next_page_token: next, registrants }
    }
  }
}

describe('Zoom paging', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('follows next_page_token with the same query and page_size 300 on every page', async () => {
    const serve = pagedRegistrants(7, 3)
    fake = await startFakeZoom((seen, res) => {
      const { status, body } = serve(seen)
      sendJson(res, status, body)
    })
    const items = await testClient(fake).listRegistrants(85746065432, 'pending').toArray()
    expect(items.map((item) => item.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6'])
    const pages = fake.api()
    expect(pages).toHaveLength(3)
    for (const page of pages) {
      expect(page.path).toBe('/v2/meetings/85746065432/registrants')
      expect(page.query.get('status')).toBe('pending')
      expect(page.query.get('page_size')).toBe('300')
    }
    expect(pages.map((page) => page.query.get('next_page_token'))).toEqual([null, 'p1', 'p2'])
  })

  it('iterates lazily with for await', async () => {
    const serve = pagedRegistrants(4, 2)
    fake = await startFakeZoom((seen, res) => sendJson(res, 200, serve(seen).body))
    const seenIds: string[] = []
    for await (const registrant of testClient(fake).listRegistrants(1234567890)) {
      seenIds.push(registrant.id ?? '')
      if (seenIds.length === 1) break
    }
    expect(seenIds).toEqual(['r0'])
    expect(fake.api()).toHaveLength(1)
  })

  it('treats a list shorter than total_records as an error', async () => {
    const serve = pagedRegistrants(5, 3, 9)
    fake = await startFakeZoom((seen, res) => sendJson(res, 200, serve(seen).body))
    const failure = await failureOf(testClient(fake).listRegistrants(1234567890).toArray())
    expect(failure.code).toBe('zoom-unavailable')
    expect(failure.message).toContain('5 of the 9')
  })

  it('restarts once from the first page when a page token expired, without duplicates', async () => {
    const serve = pagedRegistrants(7, 3)
    let expiredOnce = false
    fake = await startFakeZoom((seen, res) => {
      if (seen.query.get('next_page_token') === 'p2' && !expiredOnce) {
        expiredOnce = true
        return sendJson(res, 400, expired)
      }
      sendJson(res, 200, serve(seen).body)
    })
    const items = await testClient(fake).listRegistrants(1234567890).toArray()
    expect(items.map((item) => item.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6'])
    expect(fake.api().map((page) => page.query.get('next_page_token'))).toEqual([
      null,
      'p1',
      'p2',
      null,
      'p1',
      'p2'
    ])
  })

  it('gives up when the page token expires a second time', async () => {
    const serve = pagedRegistrants(7, 3)
    fake = await startFakeZoom((seen, res) => {
      if (seen.query.get('next_page_token') === 'p1') return sendJson(res, 400, expired)
      sendJson(res, 200, serve(seen).body)
    })
    const failure = await failureOf(testClient(fake).listRegistrants(1234567890).toArray())
    expect(failure.code).toBe('validation')
    expect(fake.api()).toHaveLength(4)
  })

  it('passes include_fields=registrant_id on every report page when asked', async () => {
    fake = await startFakeZoom((seen, res) => {
      const token = seen.query.get('next_page_token')
      sendJson(res, 200, {
        total_records: 2,
        next_page_token: token ? '' : 't1',
        participants: [{ id: '', name: token ? 'B' : 'A', registrant_id: 'reg' }]
      })
    })
    const rows = await testClient(fake)
      .listReportParticipants('abc==', { includeRegistrantId: true })
      .toArray()
    expect(rows.map((row) => row.name)).toEqual(['A', 'B'])
    expect(fake.api().map((page) => page.query.get('include_fields'))).toEqual([
      'registrant_id',
      'registrant_id'
    ])
  })
})

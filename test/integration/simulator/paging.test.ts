import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type SimHarness } from '../../support/simulator-harness'

let h: SimHarness
let onboardingId: number

beforeAll(async () => {
  h = await startHarness({ rateLimits: false })
  onboardingId = h.sim.org.findQuirkMeeting('recurring-registration').meeting.id
})
afterAll(() => h.sim.close())

describe('next_page_token paging', () => {
  it('defaults to 30 per page and reports total_records and page_count', async () => {
    const { body } = await h.call(`/meetings/${onboardingId}/registrants`)
    const approved = h.sim.org.registrants(onboardingId).filter((r) => r.status === 'approved')
    expect(body.page_size).toBe(30)
    expect(body.registrants).toHaveLength(30)
    expect(body.total_records).toBe(approved.length)
    expect(body.page_count).toBe(Math.ceil(approved.length / 30))
    expect(typeof body.next_page_token).toBe('string')
    expect(body.next_page_token).not.toBe('')
  })

  it('caps page_size at 300 and walks every page to an empty last token', async () => {
    const seen: string[] = []
    let token = ''
    let pages = 0
    do {
      const query = `page_size=1000${token ? `&next_page_token=${encodeURIComponent(token)}` : ''}`
      const { status, body } = await h.call(`/meetings/${onboardingId}/registrants?${query}`)
      expect(status).toBe(200)
      expect(body.page_size).toBe(300)
      seen.push(...(body.registrants as { id: string }[]).map((r) => r.id))
      token = body.next_page_token as string
      pages += 1
    } while (token !== '')
    const approved = h.sim.org.registrants(onboardingId).filter((r) => r.status === 'approved')
    expect(pages).toBe(Math.ceil(approved.length / 300))
    expect(new Set(seen).size).toBe(approved.length)
  })

  it('rejects a token after 15 minutes with code 300', async () => {
    const first = await h.call(`/meetings/${onboardingId}/registrants?page_size=5`)
    const token = first.body.next_page_token as string
    h.advance(15 * 60_000 + 1000)
    const late = await h.call(
      `/meetings/${onboardingId}/registrants?page_size=5&next_page_token=${token}`
    )
    expect(late.status).toBe(400)
    expect(late.body).toEqual({ code: 300, message: 'The next page token is invalid or expired.' })
  })

  it('accepts a token within 15 minutes, and not after expireAllPageTokens()', async () => {
    const first = await h.call(`/meetings/${onboardingId}/registrants?page_size=5`)
    const token = first.body.next_page_token as string
    h.advance(14 * 60_000)
    const ok = await h.call(
      `/meetings/${onboardingId}/registrants?page_size=5&next_page_token=${token}`
    )
    expect(ok.status).toBe(200)
    const again = ok.body.next_page_token as string
    h.sim.faults.expireAllPageTokens()
    const expired = await h.call(
      `/meetings/${onboardingId}/registrants?page_size=5&next_page_token=${again}`
    )
    expect(expired.body.code).toBe(300)
  })

  it('does not accept a token from another list', async () => {
    const first = await h.call(`/meetings/${onboardingId}/registrants?page_size=5`)
    const other = await h.call(`/users?next_page_token=${first.body.next_page_token as string}`)
    expect(other.status).toBe(400)
    expect(other.body.code).toBe(300)
  })

  it('pages a meeting with more than 300 participant rows', async () => {
    const big = h.sim.org.findQuirkMeeting('big-meeting').meeting
    const page1 = await h.call(`/report/meetings/${big.id}/participants?page_size=300`)
    expect(page1.status).toBe(200)
    expect(page1.body.total_records as number).toBeGreaterThan(300)
    const page2 = await h.call(
      `/report/meetings/${big.id}/participants?page_size=300&next_page_token=${page1.body.next_page_token as string}`
    )
    expect(
      (page1.body.participants as unknown[]).length + (page2.body.participants as unknown[]).length
    ).toBe(page1.body.total_records)
    expect(page2.body.next_page_token).toBe('')
  })
})

describe('meeting ids and UUIDs in paths', () => {
  it('treats a numeric id as the latest ended instance', async () => {
    const { meeting } = h.sim.org.findQuirkMeeting('recurring-registration')
    const latest = meeting.instances
      .filter((i) => i.endTime <= Date.parse('2026-11-20T12:00:00Z'))
      .at(-1)
    const { body } = await h.call(`/past_meetings/${meeting.id}`)
    expect(body.uuid).toBe(latest?.uuid)
  })

  for (const tag of ['slash-uuid', 'double-slash-uuid'] as const) {
    it(`needs double encoding for a ${tag} instance; single encoding gives 404/3001`, async () => {
      const { instance } = h.sim.org.findQuirkMeeting(tag)
      const uuid = instance?.uuid as string
      expect(tag === 'slash-uuid' ? uuid.startsWith('/') : uuid.includes('//')).toBe(true)
      const double = await h.call(`/past_meetings/${encodeURIComponent(encodeURIComponent(uuid))}`)
      expect(double.status).toBe(200)
      expect(double.body.uuid).toBe(uuid)
      const single = await h.call(`/report/meetings/${encodeURIComponent(uuid)}/participants`)
      expect(single.status).toBe(404)
      expect(single.body.code).toBe(3001)
      const raw = await h.call(`/past_meetings/${uuid}`)
      expect(raw.status).toBe(404)
    })
  }

  it('accepts an ordinary UUID single or double encoded', async () => {
    const { instance } = h.sim.org.findQuirkMeeting('showcase')
    const uuid = instance?.uuid as string
    for (const path of [encodeURIComponent(uuid), encodeURIComponent(encodeURIComponent(uuid))]) {
      expect((await h.call(`/report/meetings/${path}`)).body.uuid).toBe(uuid)
    }
  })

  it('lists every past instance at once, without paging', async () => {
    const { meeting } = h.sim.org.findQuirkMeeting('recurring-registration')
    const { body } = await h.call(`/past_meetings/${meeting.id}/instances`)
    expect(Object.keys(body)).toEqual(['meetings'])
    expect((body.meetings as unknown[]).length).toBe(meeting.instances.length)
  })
})

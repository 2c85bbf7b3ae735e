import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimulatedWebinars } from '../../../src/main/simulator/index'
import { doubleEncode, startHarness, type SimHarness } from '../../support/simulator-harness'

let h: SimHarness
let w: SimulatedWebinars

beforeAll(async () => {
  h = await startHarness({ rateLimits: false })
  w = h.sim.org.webinars
})
afterAll(() => h.sim.close())

const noPlan = (userId: string): Record<string, unknown> => ({
  code: 200,
  message: `Webinar plan subscription is missing. Enable webinar for this user once the subscription is added:${userId}.`
})

async function collect(path: string, key: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = []
  let token = ''
  do {
    const join = path.includes('?') ? '&' : '?'
    const { status, body } = await h.call(
      `${path}${join}page_size=300${token ? `&next_page_token=${encodeURIComponent(token)}` : ''}`
    )
    expect(status).toBe(200)
    items.push(...(body[key] as Record<string, unknown>[]))
    token = body.next_page_token as string
  } while (token)
  return items
}

describe('scheduled webinars', () => {
  it("lists a host's webinars: scheduled (unexpired) and upcoming", async () => {
    const hostId = w.findQuirk('webinar-series').webinar.hostId
    const scheduled = await collect(`/users/${hostId}/webinars`, 'webinars')
    const topics = scheduled.map((x) => x.topic)
    expect(topics).toContain('Volunteer Info Session')
    expect(topics).toContain('Spring Gala Preview')
    // Non-recurring webinars expire 30 days after their date.
    expect(topics).not.toContain('Annual Impact Report')
    const upcoming = await collect(`/users/${hostId}/webinars?type=upcoming`, 'webinars')
    expect(upcoming.map((x) => x.type).every((type) => [5, 6, 9].includes(type as number))).toBe(
      true
    )
    const bad = await h.call(`/users/${hostId}/webinars?type=live`)
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe(300)
  })

  it('gets a webinar with its occurrences and settings', async () => {
    const series = w.findQuirk('webinar-series').webinar
    const { status, body } = await h.call(`/webinars/${series.id}?show_previous_occurrences=true`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: series.id, type: 9, topic: 'Volunteer Info Session' })
    expect(body.occurrences).toHaveLength(series.occurrences.length)
    expect((body.settings as Record<string, unknown>).practice_session).toBe(true)
    const upcomingOnly = await h.call(`/webinars/${series.id}`)
    expect((upcomingOnly.body.occurrences as unknown[]).length).toBeLessThan(
      series.occurrences.length
    )
    const missing = await h.call('/webinars/11111111111')
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      code: 3001,
      message: 'Webinar 11111111111 not found or has expired.'
    })
  })

  it('lists registrants by status (approved by default), per occurrence, across pages', async () => {
    const training = w.findQuirk('webinar-manual-approval').webinar
    const counts: Record<string, number> = {}
    for (const status of ['approved', 'pending', 'denied'])
      counts[status] = (
        await collect(`/webinars/${training.id}/registrants?status=${status}`, 'registrants')
      ).length
    expect(counts.approved + counts.pending + counts.denied).toBe(w.registrants(training.id).length)
    expect(counts.pending).toBeGreaterThan(0)
    expect(counts.denied).toBeGreaterThan(0)
    const byDefault = await h.call(`/webinars/${training.id}/registrants?page_size=300`)
    expect(byDefault.body.total_records).toBe(counts.approved)

    const big = w.findQuirk('webinar-big').webinar
    const all = await collect(`/webinars/${big.id}/registrants`, 'registrants')
    expect(all.length).toBeGreaterThan(300)
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length)

    const series = w.findQuirk('webinar-showcase')
    const occurrence = series.instance?.occurrenceId as string
    const one = await collect(
      `/webinars/${series.webinar.id}/registrants?occurrence_id=${occurrence}`,
      'registrants'
    )
    expect(one.length).toBe(
      w.registrantsOf(series.instance!).filter((r) => r.status === 'approved').length
    )
  })

  it('refuses registrants of a webinar without registration (code 300)', async () => {
    const open = w.findQuirk('webinar-no-registration').webinar
    const { status, body } = await h.call(`/webinars/${open.id}/registrants`)
    expect(status).toBe(400)
    expect(body).toEqual({
      code: 300,
      message: `This webinar has not set registration as required: ${open.id}.`
    })
  })

  it('lists every panelist at once, including the one who also registered', async () => {
    const series = w.findQuirk('panelist-registrant').webinar
    const { body } = await h.call(`/webinars/${series.id}/panelists`)
    const panelists = body.panelists as { email: string; join_url: string }[]
    expect(body.total_records).toBe(series.panelists.length)
    expect(body).not.toHaveProperty('next_page_token')
    const registered = series.panelists.find((p) => p.registrantId)
    expect(panelists.map((p) => p.email)).toContain(registered?.email)
    expect(panelists.every((p) => p.join_url.includes(`/w/${series.id}`))).toBe(true)
  })
})

describe('past webinars', () => {
  it('lists past instances of a webinar id, not paged', async () => {
    const series = w.findQuirk('webinar-series').webinar
    const { body } = await h.call(`/past_webinars/${series.id}/instances`)
    const listed = (body.webinars as { uuid: string }[]).map((i) => i.uuid)
    expect(listed).toEqual(series.instances.map((i) => i.uuid))
    expect(body).not.toHaveProperty('next_page_token')
  })

  it('lists participants (UUID = that instance, id = the latest) with roles implied', async () => {
    const { webinar, instance } = w.findQuirk('webinar-showcase')
    const uuid = instance?.uuid as string
    const byUuid = await collect(
      `/past_webinars/${doubleEncode(uuid)}/participants`,
      'participants'
    )
    expect(byUuid).toHaveLength(w.participants(uuid).length)
    const byId = await collect(`/past_webinars/${webinar.id}/participants`, 'participants')
    expect(byId.map((r) => r.user_id)).toEqual(byUuid.map((r) => r.user_id))
    expect(byUuid[0]).toMatchObject({ id: webinar.hostId })
  })

  it('lists absentees: approved registrants who never joined, the registered panelist too', async () => {
    const { webinar, instance } = w.findQuirk('webinar-absentees')
    const uuid = instance?.uuid as string
    const absent = await collect(`/past_webinars/${doubleEncode(uuid)}/absentees`, 'registrants')
    expect(absent.map((r) => r.id)).toEqual(w.absentees(uuid).map((r) => r.id))
    expect(absent.every((r) => r.status === 'approved')).toBe(true)
    const panelist = webinar.panelists.find((p) => p.registrantId)
    expect(absent.map((r) => r.email)).toContain(panelist?.email)
    const open = w.findQuirk('webinar-no-registration').webinar
    const openUuid = open.instances[0]?.uuid as string
    const none = await h.call(`/past_webinars/${doubleEncode(openUuid)}/absentees`)
    expect(none.status).toBe(400)
    expect(none.body).toEqual({
      code: 3000,
      message: `This Webinar has not registration required: ${openUuid}`
    })
    const badOccurrence = await h.call(
      `/past_webinars/${doubleEncode(uuid)}/absentees?occurrence_id=123`
    )
    expect(badOccurrence.status).toBe(400)
    expect(badOccurrence.body.code).toBe(300)
  })

  it('reports an instance and its rows (duration in seconds, registrant_id on request)', async () => {
    const { webinar, instance } = w.findQuirk('webinar-showcase')
    const uuid = doubleEncode(instance?.uuid as string)
    const detail = await h.call(`/report/webinars/${uuid}`)
    expect(detail.body).toMatchObject({
      id: webinar.id,
      uuid: instance?.uuid,
      type: 9,
      participants_count: w.uniqueParticipantCount(instance?.uuid as string)
    })
    const rows = await collect(
      `/report/webinars/${uuid}/participants?include_fields=registrant_id`,
      'participants'
    )
    expect(rows.some((r) => typeof r.registrant_id === 'string')).toBe(true)
    for (const row of rows) {
      const seconds =
        (Date.parse(row.leave_time as string) - Date.parse(row.join_time as string)) / 1000
      expect(row.duration).toBe(seconds)
    }
    const plain = await h.call(`/report/webinars/${uuid}/participants?page_size=300`)
    expect(
      (plain.body.participants as Record<string, unknown>[]).some((r) => 'registrant_id' in r)
    ).toBe(false)
    const big = w.findQuirk('webinar-big').webinar
    const bigRows = await collect(`/report/webinars/${big.id}/participants`, 'participants')
    expect(bigRows.length).toBeGreaterThan(300)
    expect(bigRows).toHaveLength(w.participants(big.instances[0]?.uuid as string).length)
  })

  it('needs double encoding for UUIDs with "/" or "//" (single-encoded: 404/3001)', async () => {
    for (const tag of ['webinar-slash-uuid', 'webinar-double-slash-uuid'] as const) {
      const uuid = w.findQuirk(tag).instance?.uuid as string
      expect((await h.call(`/report/webinars/${doubleEncode(uuid)}`)).body.uuid).toBe(uuid)
      for (const path of [`/report/webinars/`, `/past_webinars/`]) {
        const single = await h.call(`${path}${encodeURIComponent(uuid)}/participants`)
        expect(single.status).toBe(404)
        expect(single.body.code).toBe(3001)
      }
    }
  })
})

describe('webinar licences and plans', () => {
  it('gives a host without a webinar licence 400/200 on every webinar call', async () => {
    const free = w.unlicensedHost()
    const { status, body } = await h.call(`/users/${free?.id}/webinars`)
    expect(status).toBe(400)
    expect(body).toEqual(noPlan(free?.id as string))
    const byEmail = await h.call(`/users/${encodeURIComponent(free?.email as string)}/webinars`)
    expect(byEmail.body).toEqual(noPlan(free?.id as string))
    const ghost = await h.call('/users/ghost@example.org/webinars')
    expect(ghost.status).toBe(404)
    expect(ghost.body.code).toBe(1001)
  })

  it('gives every webinar endpoint that error when the account has no Webinar add-on', async () => {
    const off = await startHarness({ rateLimits: false, webinarAddOn: false })
    try {
      const ow = off.sim.org.webinars
      const { webinar, instance } = ow.findQuirk('webinar-showcase')
      const uuid = doubleEncode(instance?.uuid as string)
      for (const path of [
        `/users/${webinar.hostId}/webinars`,
        `/webinars/${webinar.id}`,
        `/webinars/${webinar.id}/registrants`,
        `/webinars/${webinar.id}/panelists`,
        `/past_webinars/${webinar.id}/instances`,
        `/past_webinars/${uuid}/participants`,
        `/past_webinars/${uuid}/absentees`,
        `/report/webinars/${uuid}`,
        `/report/webinars/${uuid}/participants`
      ]) {
        const response = await off.call(path)
        expect(response.status, path).toBe(400)
        expect(response.body, path).toEqual(noPlan(webinar.hostId))
      }
      // Meetings are unaffected.
      expect((await off.call('/users/me/meetings')).status).toBe(200)
    } finally {
      await off.sim.close()
    }
  })

  it('on a free plan: no webinars at all, and reports say "paid account" first', async () => {
    const free = await startHarness({ rateLimits: false, plan: 'free' })
    try {
      const { webinar } = free.sim.org.webinars.findQuirk('webinar-showcase')
      expect((await free.call(`/webinars/${webinar.id}`)).body).toEqual(noPlan(webinar.hostId))
      const report = await free.call(`/report/webinars/${webinar.id}`)
      expect(report.status).toBe(400)
      expect(report.body).toEqual({
        code: 200,
        message: `Only available for paid account: ${free.sim.accountId}`
      })
    } finally {
      await free.sim.close()
    }
  })
})

describe('webinar calls share the meetings machinery', () => {
  it('counts requests by their SPEC rate-limit category', async () => {
    const { webinar, instance } = w.findQuirk('webinar-showcase')
    const uuid = doubleEncode(instance?.uuid as string)
    const before = h.sim.stats().byCategory
    await h.call(`/past_webinars/${webinar.id}/instances`)
    await h.call(`/webinars/${webinar.id}/panelists`)
    await h.call(`/past_webinars/${uuid}/absentees`)
    const after = h.sim.stats().byCategory
    const delta = (category: string): number => (after[category] ?? 0) - (before[category] ?? 0)
    expect([delta('Light'), delta('Medium'), delta('Heavy')]).toEqual([1, 1, 1])
  })

  it('expires page tokens after 15 minutes and binds them to one list', async () => {
    const big = w.findQuirk('webinar-big').webinar
    const first = await h.call(`/webinars/${big.id}/registrants?page_size=10`)
    const token = first.body.next_page_token as string
    const elsewhere = await h.call(
      `/report/webinars/${big.id}/participants?page_size=10&next_page_token=${token}`
    )
    expect(elsewhere.body).toEqual({
      code: 300,
      message: 'The next page token is invalid or expired.'
    })
    h.advance(15 * 60_000 + 1000)
    const late = await h.call(
      `/webinars/${big.id}/registrants?page_size=10&next_page_token=${token}`
    )
    expect(late.status).toBe(400)
    expect(late.body.code).toBe(300)
  })

  it('injects 429s, 5xx and latency into webinar calls too', async () => {
    const series = w.findQuirk('webinar-series').webinar
    h.sim.faults.force429Burst(1, 'Heavy')
    const limited = await h.call(`/report/webinars/${series.id}`)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-ratelimit-category')).toBe('Heavy')
    h.sim.faults.setServerErrorRate(1)
    expect([500, 502, 503]).toContain((await h.call(`/webinars/${series.id}`)).status)
    h.sim.faults.reset()
    expect((await h.call(`/webinars/${series.id}`)).status).toBe(200)
  })

  it('has no report data until the delay after the webinar ends', async () => {
    const late = await startHarness({ rateLimits: false, reportDelayMinutes: 60 * 24 * 365 })
    try {
      const { webinar } = late.sim.org.webinars.findQuirk('webinar-showcase')
      const response = await late.call(`/report/webinars/${webinar.id}/participants`)
      expect(response.status).toBe(404)
      expect(response.body).toEqual({ code: 3001, message: 'Meeting ID is invalid or not end.' })
    } finally {
      await late.sim.close()
    }
  })
})

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { endpointCategories } from '../../../src/main/zoom/rate-categories'
import { validateRequest } from '../../support/spec-validator'
import type { SimSetup } from './support'
import { codeOf, startSimAndClient } from './support'

const webinarTemplates = Object.keys(endpointCategories).filter((key) => /webinar/i.test(key))

describe('Headcount Zoom client: webinar endpoints against the simulator', () => {
  let setup: SimSetup
  beforeAll(async () => {
    setup = await startSimAndClient()
  })
  afterAll(async () => setup.sim.close())

  it("lists a host's webinars and reads one", async () => {
    const { client, sim } = setup
    const series = sim.org.webinars.findQuirk('webinar-series').webinar
    const host = sim.org.users.find((user) => user.id === series.hostId)
    const listed = await client.listUserWebinars(host?.email as string).toArray()
    expect(listed.map((w) => w.id)).toContain(series.id)
    const upcoming = await client.listUserWebinars(host?.email as string, 'upcoming').toArray()
    expect(upcoming.length).toBeGreaterThan(0)
    const webinar = await client.getWebinar(series.id, { showPreviousOccurrences: true })
    expect(webinar).toMatchObject({ id: series.id, type: 9, topic: 'Volunteer Info Session' })
    expect(webinar.occurrences).toHaveLength(series.occurrences.length)
    expect(webinar.settings?.practice_session).toBe(true)
  })

  it('reads registrants in all three statuses, across pages (more than 300)', async () => {
    const { client, sim } = setup
    const w = sim.org.webinars
    const training = w.findQuirk('webinar-manual-approval').webinar
    const counts: Record<string, number> = {}
    for (const status of ['approved', 'pending', 'denied'] as const)
      counts[status] = (await client.listWebinarRegistrants(training.id, status).toArray()).length
    expect(counts.approved + counts.pending + counts.denied).toBe(w.registrants(training.id).length)
    expect(Math.min(counts.pending, counts.denied)).toBeGreaterThan(0)
    const big = w.findQuirk('webinar-big').webinar
    const all = await client.listWebinarRegistrants(big.id).toArray()
    expect(all.length).toBeGreaterThan(300)
    expect(new Set(all.map((r) => r.id)).size).toBe(w.registrants(big.id).length)
    const showcase = w.findQuirk('webinar-showcase')
    const occurrence = showcase.instance?.occurrenceId as string
    const one = await client
      .listWebinarRegistrants(showcase.webinar.id, 'approved', { occurrenceId: occurrence })
      .toArray()
    expect(one.length).toBe(
      w.registrantsOf(showcase.instance!).filter((r) => r.status === 'approved').length
    )
  })

  it('reads panelists and past instances (neither is paged)', async () => {
    const { client, sim } = setup
    const series = sim.org.webinars.findQuirk('webinar-series').webinar
    const panelists = await client.listWebinarPanelists(series.id)
    expect(panelists.map((p) => p.email)).toEqual(series.panelists.map((p) => p.email))
    const instances = await client.listPastWebinarInstances(series.id)
    expect(instances.map((i) => i.uuid)).toEqual(series.instances.map((i) => i.uuid))
  })

  it('reads participants, absentees and the report of one instance', async () => {
    const { client, sim } = setup
    const w = sim.org.webinars
    const { webinar, instance } = w.findQuirk('webinar-showcase')
    const uuid = instance?.uuid as string
    const past = await client.listPastWebinarParticipants(uuid).toArray()
    expect(past).toHaveLength(w.participants(uuid).length)
    expect((await client.listPastWebinarParticipants(webinar.id).toArray()).length).toBe(
      past.length
    )
    const absent = await client.listWebinarAbsentees(uuid).toArray()
    expect(absent.map((r) => r.id)).toEqual(w.absentees(uuid).map((r) => r.id))
    const report = await client.getReportWebinar(uuid)
    expect(report).toMatchObject({ uuid, id: webinar.id, type: 9 })
    const rows = await client
      .listReportWebinarParticipants(uuid, { includeRegistrantId: true })
      .toArray()
    expect(rows).toHaveLength(w.participants(uuid).length)
    const registered = new Set(rows.map((row) => row.registrant_id).filter(Boolean))
    const approved = w.registrantsOf(instance!).filter((r) => r.status === 'approved')
    // Attendance and absentees together account for every approved registrant.
    expect(registered.size + absent.length).toBe(approved.length)
    const plain = await client.listReportWebinarParticipants(uuid).toArray()
    expect(plain.some((row) => row.registrant_id !== undefined)).toBe(false)
  })

  it('reads a big webinar report (more than 300 rows) completely', async () => {
    const { client, sim } = setup
    const big = sim.org.webinars.findQuirk('webinar-big').webinar
    const uuid = big.instances[0]?.uuid as string
    const rows = await client.listReportWebinarParticipants(big.id).toArray()
    expect(rows.length).toBeGreaterThan(300)
    expect(rows).toHaveLength(sim.org.webinars.participants(uuid).length)
    expect((await client.listPastWebinarParticipants(uuid).toArray()).length).toBe(rows.length)
  })

  it('reaches UUIDs with "/" and "//" (double-encoded)', async () => {
    const { client, sim } = setup
    for (const tag of ['webinar-slash-uuid', 'webinar-double-slash-uuid'] as const) {
      const uuid = sim.org.webinars.findQuirk(tag).instance?.uuid as string
      expect(uuid).toMatch(/^\/|\/\//)
      expect((await client.getReportWebinar(uuid)).uuid).toBe(uuid)
      expect(await client.listPastWebinarParticipants(uuid).toArray()).toHaveLength(
        sim.org.webinars.participants(uuid).length
      )
      expect((await client.listWebinarAbsentees(uuid).toArray()).length).toBe(
        sim.org.webinars.absentees(uuid).length
      )
    }
  })

  it('refuses a webinar UUID where Zoom wants a numeric webinar id, in plain words', async () => {
    const uuid = setup.sim.org.webinars.findQuirk('webinar-showcase').instance?.uuid as string
    const sent = setup.sent.length
    expect(await codeOf(setup.client.getWebinar(uuid))).toBe('invalid-input')
    await expect(setup.client.listWebinarPanelists('abc')).rejects.toThrow(/not a webinar ID/)
    expect(() => setup.client.listWebinarRegistrants('')).toThrow(/not a webinar ID/)
    expect(setup.sent.length).toBe(sent)
  })

  it('counts each webinar call in its SPEC category, as the simulator does', () => {
    const client = setup.client.stats().byCategory
    const sim = setup.sim.stats().byCategory
    for (const category of ['Light', 'Medium', 'Heavy'] as const)
      expect(client[category], category).toBe(sim[category] ?? 0)
  })

  it('sends only requests that are valid against the spec, for all nine endpoints', () => {
    const used = new Set(setup.sent.map((request) => `${request.method} ${request.template}`))
    expect(webinarTemplates).toHaveLength(9)
    for (const template of webinarTemplates) expect(used, template).toContain(template)
    for (const request of setup.sent) {
      const result = validateRequest(request.method, request.template, {
        path: request.pathParams,
        query: request.query,
        body: request.body
      })
      expect(result.errors, `${request.method} ${request.template}`).toEqual([])
    }
  })
})

describe('Headcount Zoom client: no webinar licence', () => {
  let setup: SimSetup | undefined
  afterEach(async () => {
    await setup?.sim.close()
    setup = undefined
  })

  it('tells a host without a licence in one plain sentence, with its own code', async () => {
    setup = await startSimAndClient()
    const free = setup.sim.org.webinars.unlicensedHost()
    const failure = await setup.client
      .listUserWebinars(free?.email as string)
      .toArray()
      .catch((error: { appError: Record<string, unknown> }) => error.appError)
    expect(failure).toMatchObject({
      code: 'no-webinar-licence',
      message: 'This account has no webinar licence.'
    })
    expect(String((failure as { remedy?: string }).remedy)).toMatch(/Webinar add-on/)
    // Not retried: one request, no backoff.
    expect(setup.client.stats().retries).toBe(0)
  })

  it('says the same on every webinar endpoint when the account has no Webinar add-on', async () => {
    setup = await startSimAndClient({ webinarAddOn: false })
    const { client, sim } = setup
    const { webinar, instance } = sim.org.webinars.findQuirk('webinar-showcase')
    const uuid = instance?.uuid as string
    const codes = await Promise.all(
      [
        client.listUserWebinars(webinar.hostId).toArray(),
        client.getWebinar(webinar.id),
        client.listWebinarRegistrants(webinar.id).toArray(),
        client.listWebinarPanelists(webinar.id),
        client.listPastWebinarInstances(webinar.id),
        client.listPastWebinarParticipants(uuid).toArray(),
        client.listWebinarAbsentees(uuid).toArray(),
        client.getReportWebinar(uuid),
        client.listReportWebinarParticipants(uuid).toArray()
      ].map(codeOf)
    )
    expect(codes).toEqual(Array.from({ length: 9 }, () => 'no-webinar-licence'))
    expect((await client.listUserMeetings('me').toArray()).length).toBeGreaterThan(0)
  })

  it('treats a free plan as no webinar licence, while meeting reports still say "paid plan"', async () => {
    setup = await startSimAndClient({ plan: 'free' })
    const { client, sim } = setup
    const uuid = sim.org.webinars.findQuirk('webinar-showcase').instance?.uuid as string
    expect(await codeOf(client.getReportWebinar(uuid))).toBe('no-webinar-licence')
    expect(await codeOf(client.listPastWebinarParticipants(uuid).toArray())).toBe(
      'no-webinar-licence'
    )
    const meeting = sim.org.findQuirkMeeting('showcase').instance?.uuid as string
    expect(await codeOf(client.getReportMeeting(meeting))).toBe('paid-plan-required')
  })
})

describe('Headcount Zoom client: webinar calls under simulator faults', () => {
  let setup: SimSetup | undefined
  afterEach(async () => {
    await setup?.sim.close()
    setup = undefined
  })

  it('gets complete webinar lists through 5xx answers, resets and 429 bursts', async () => {
    setup = await startSimAndClient({}, { maxAttempts: 10 })
    const { client, sim } = setup
    const w = sim.org.webinars
    const big = w.findQuirk('webinar-big').webinar
    const uuid = big.instances[0]?.uuid as string
    sim.faults.setServerErrorRate(0.25)
    sim.faults.setConnectionResetRate(0.1)
    sim.faults.force429Burst(3, 'Heavy')
    const [rows, absent, registrants] = await Promise.all([
      client.listReportWebinarParticipants(uuid).toArray(),
      client.listWebinarAbsentees(uuid).toArray(),
      client.listWebinarRegistrants(big.id).toArray()
    ])
    expect(rows).toHaveLength(w.participants(uuid).length)
    expect(absent).toHaveLength(w.absentees(uuid).length)
    expect(registrants).toHaveLength(w.registrants(big.id).length)
    expect(client.stats().responses429).toBe(3)
    expect(client.stats().retries).toBeGreaterThan(3)
  })

  it('restarts a webinar list whose page token expired, without duplicates', async () => {
    setup = await startSimAndClient()
    const { client, sim } = setup
    const big = sim.org.webinars.findQuirk('webinar-big').webinar
    const seen: string[] = []
    for await (const registrant of client.listWebinarRegistrants(big.id)) {
      seen.push(registrant.id as string)
      if (seen.length === 1) sim.faults.expireAllPageTokens()
    }
    expect(seen).toHaveLength(sim.org.webinars.registrants(big.id).length)
    expect(new Set(seen).size).toBe(seen.length)
  })
})

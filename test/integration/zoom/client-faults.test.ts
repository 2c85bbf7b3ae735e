import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SimSetup } from './support'
import { codeOf, startSimAndClient } from './support'

describe('Zoom client under simulator faults', () => {
  let setup: SimSetup
  afterEach(async () => setup.sim.close())

  it('gets complete lists through 5xx answers and connection resets', async () => {
    setup = await startSimAndClient({ size: { users: 400 } }, { maxAttempts: 10 })
    const { client, sim } = setup
    sim.faults.setServerErrorRate(0.25)
    sim.faults.setConnectionResetRate(0.15)
    const showcase = sim.org.findQuirkMeeting('showcase').instance?.uuid ?? ''
    const users = await client.listUsers().toArray()
    const rows = await client.listReportParticipants(showcase).toArray()
    const lookups = await Promise.all(
      sim.org.users.slice(0, 30).map((u) => client.getUser(u.email))
    )
    expect(lookups.map((user) => user.email)).toEqual(
      sim.org.users.slice(0, 30).map((u) => u.email)
    )
    expect(users.length).toBe(sim.org.users.filter((user) => user.status === 'active').length)
    expect(rows.length).toBe(sim.org.participants(showcase).length)
    expect(client.stats().retries).toBeGreaterThan(0)
  })

  it('does not resend a meeting create that failed after reaching Zoom', async () => {
    setup = await startSimAndClient()
    const { client, sim } = setup
    sim.faults.setServerErrorRate(1)
    expect(await codeOf(client.createMeeting('me', { topic: 'Once only', type: 2 }))).toBe(
      'zoom-unavailable'
    )
    sim.faults.setConnectionResetRate(1)
    expect(await codeOf(client.createUser('create', { email: 'x@example.org', type: 1 }))).toBe(
      'network'
    )
    // The simulator's total also counts token requests; per-tier counts are API calls only.
    expect(sim.stats().byCategory).toEqual({ Medium: 1, Light: 1 })
  })

  it('rides out a burst of 429s and counts them', async () => {
    setup = await startSimAndClient()
    const { client, sim } = setup
    sim.faults.force429Burst(2, 'Heavy')
    const uuid = sim.org.findQuirkMeeting('showcase').instance?.uuid ?? ''
    await expect(client.getReportMeeting(uuid)).resolves.toMatchObject({ uuid })
    expect(client.stats().responses429).toBe(2)
    expect(sim.stats().r429).toBe(2)
  })

  it('renews the token after revocation mid-run, once', async () => {
    setup = await startSimAndClient()
    const { client, sim } = setup
    await client.getUser('me')
    sim.faults.revokeAllTokens()
    await Promise.all(Array.from({ length: 10 }, () => client.getUser('me')))
    expect(sim.stats().tokensIssued).toBe(2)
  })

  it('renews the token before it expires when the clock moves on', async () => {
    setup = await startSimAndClient({ tokenTtlSeconds: 600 })
    const { client, sim, advance } = setup
    await client.getUser('me')
    advance(570_000) // 30 s before expiry: inside the 60 s renewal margin
    await client.getUser('me')
    expect(sim.stats().tokensIssued).toBe(2)
    expect(client.stats().requests).toBe(2)
  })

  it('restarts a listing once when its page tokens expire, without duplicates', async () => {
    setup = await startSimAndClient({ size: { users: 700 } })
    const { client, sim } = setup
    const emails: string[] = []
    for await (const user of client.listUsers()) {
      emails.push(user.email)
      if (emails.length === 300) sim.faults.expireAllPageTokens()
    }
    const active = sim.org.users.filter((user) => user.status === 'active')
    expect(emails).toHaveLength(active.length)
    expect(new Set(emails).size).toBe(active.length)
  })

  it('cancels a big job: in-flight requests aborted, queued ones never sent', async () => {
    setup = await startSimAndClient({ latencyMs: 2000 })
    const { client, sim } = setup
    const job = new AbortController()
    const uuids = sim.org.meetings.flatMap((meeting) => meeting.instances.map((i) => i.uuid))
    const work = uuids.map((uuid) =>
      codeOf(client.listReportParticipants(uuid, { signal: job.signal }).toArray())
    )
    await vi.waitFor(() => expect(sim.stats().requests).toBeGreaterThanOrEqual(3))
    job.abort()
    const codes = await Promise.all(work)
    expect(new Set(codes)).toEqual(new Set(['cancelled']))
    const sent = client.stats().requests
    const arrived = sim.stats().byCategory.Heavy ?? 0
    expect(sent).toBeLessThan(uuids.length)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(client.stats().requests).toBe(sent)
    // A request aborted while connecting may never arrive; none arrives after the cancel.
    expect(sim.stats().byCategory.Heavy ?? 0).toBe(arrived)
    expect(arrived).toBeLessThanOrEqual(sent)
  })

  it('maps a missing scope to the scope to add', async () => {
    setup = await startSimAndClient({ scopes: ['user:read:user:admin'] })
    const { client } = setup
    const failure = await client
      .listPastParticipants(123456789)
      .toArray()
      .catch((error: { appError: { code: string; remedy?: string } }) => error.appError)
    expect(failure).toMatchObject({ code: 'missing-scopes' })
    expect((failure as { remedy?: string }).remedy).toContain(
      'meeting:read:list_past_participants:admin'
    )
    expect(await client.grantedScopes()).toEqual(['user:read:user:admin'])
  })

  it('maps a free plan to paid-plan-required', async () => {
    setup = await startSimAndClient({ plan: 'free' })
    const uuid = setup.sim.org.findQuirkMeeting('showcase').instance?.uuid ?? ''
    expect(await codeOf(setup.client.getReportMeeting(uuid))).toBe('paid-plan-required')
  })

  it('reports a meeting whose report is not ready yet', async () => {
    setup = await startSimAndClient()
    const pending = setup.sim.org.findQuirkMeeting('report-pending')
    const uuid = pending.instance?.uuid ?? pending.meeting.instances.at(-1)?.uuid ?? ''
    expect(await codeOf(setup.client.listReportParticipants(uuid).toArray())).toBe(
      'report-not-ready'
    )
  })
})

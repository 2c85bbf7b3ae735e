/**
 * Headcount's local Zoom simulator: a faithful fake of the Zoom endpoints Headcount uses, for demo
 * mode, tests and benchmarks. `startSimulator()` serves it on 127.0.0.1 (random port) with a seeded
 * nonprofit org; `sim.org.findQuirkMeeting(tag)` finds the meeting planted for each quirk
 * (tags and their meetings: org/quirks.ts), `sim.org.webinars.findQuirk(tag)` the webinar one
 * (org/webinar-quirks.ts); `sim.faults` injects latency, 5xx, resets and 429s.
 */
import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { orgDomain } from './org/generate-users'
import { SimulatedOrg } from './org/org'
import { mixSeed, randomId, Rng } from './org/random'
import { createSimulatorApp } from './server/app'
import type { SimContext } from './server/context'
import { HEADCOUNT_SCOPES } from './server/endpoints'
import { createFaultController } from './server/faults'
import { PageTokenStore } from './server/paging'
import { clearPlans, emptyPlannedFaults } from './server/planned-faults'
import { DailyCounter, RateLimiter } from './server/rate-limits'
import { TokenStore } from './server/tokens'
import type { Latency, RunningSimulator, SimulatorOptions } from './types'

export type * from './types'
export type * from './org/types'
export { SimulatedOrg, type QuirkHit } from './org/org'
export type { SimulatedWebinars, WebinarQuirkHit } from './org/simulated-webinars'
export type * from './org/webinar-types'
export { webinarQuirkTags, type WebinarQuirkTag } from './org/webinar-quirks'
export { quirkTags, type QuirkTag } from './org/quirks'
export { endpoints, HEADCOUNT_SCOPES, type EndpointSpec } from './server/endpoints'

const defaultLatency: Latency = { meanMs: 80, jitterMs: 40 }

/** Starts a local fake Zoom on 127.0.0.1 (random port unless given). */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const clock = options.now ?? (() => new Date())
  const now = (): number => clock().getTime()
  const seed = options.seed ?? 1
  const org = new SimulatedOrg({
    seed,
    users: options.size?.users ?? 40,
    extraPastMeetings: options.size?.extraPastMeetings ?? 0,
    now: now()
  })
  const credentialRng = new Rng(mixSeed(seed, 99))
  const latency = options.latencyMs ?? defaultLatency
  const limiter = new RateLimiter(options.plan ?? 'pro', now)
  limiter.enabled = options.rateLimits ?? true
  const tokens = new TokenStore(now)
  const ctx: SimContext = {
    org,
    now,
    plan: options.plan ?? 'pro',
    webinarAddOn: (options.webinarAddOn ?? true) && options.plan !== 'free',
    scopes: options.scopes ?? [...HEADCOUNT_SCOPES],
    managedDomains: (options.managedDomains ?? [orgDomain]).map((domain) => domain.toLowerCase()),
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    reportDelayMs: (options.reportDelayMinutes ?? 30) * 60_000,
    accountId: org.accountId,
    clientId: randomId(credentialRng, 22),
    clientSecret: randomId(credentialRng, 32),
    tokens,
    pages: new PageTokenStore(now),
    limiter,
    dailyCaps: new DailyCounter(now),
    faults: { latency, serverErrorRate: 0, connectionResetRate: 0, rng: new Rng(mixSeed(seed, 7)) },
    planned: emptyPlannedFaults(),
    stats: { requests: 0, byCategory: {}, byEndpoint: {}, r429: 0 },
    origin: ''
  }
  const app = createSimulatorApp(ctx)
  const server = await listen(app, options.port ?? 0)
  const port = (server.address() as AddressInfo).port
  ctx.origin = `http://127.0.0.1:${port}`
  return {
    apiBaseUrl: `${ctx.origin}/v2`,
    oauthUrl: `${ctx.origin}/oauth/token`,
    accountId: ctx.accountId,
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    faults: createFaultController(ctx, latency),
    org,
    stats: () => ({
      ...ctx.stats,
      byCategory: { ...ctx.stats.byCategory },
      byEndpoint: { ...ctx.stats.byEndpoint },
      tokensIssued: tokens.issued
    }),
    close: () => {
      clearPlans(ctx.planned)
      return close(server)
    }
  }
}

function listen(app: ReturnType<typeof createSimulatorApp>, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(server))
    server.once('error', reject)
  })
}

function close(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections()
    server.close(() => resolve())
  })
}

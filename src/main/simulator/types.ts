import type { SimulatedOrg } from './org/org'
import type { FaultPlan, InjectedFault } from './server/planned-faults'
import type { RateCategory, ZoomPlan } from './server/rate-limits'

export type { FaultPlan, InjectedFault, RateCategory, ZoomPlan }

export type Latency = number | { meanMs: number; jitterMs: number }

export interface SimulatorOptions {
  /** Default 0 = a random free port. */
  port?: number
  /** Default 1. */
  seed?: number
  /** extraPastMeetings lets a benchmark ask for 10,000 meetings. */
  size?: { users?: number; extraPastMeetings?: number }
  /** Default 'pro'. */
  plan?: ZoomPlan
  /** Granted granular scopes; default = every scope Headcount needs. */
  scopes?: string[]
  /** Default 3600. */
  tokenTtlSeconds?: number
  /** Report data is not ready until this long after a meeting ends; default 30. */
  reportDelayMinutes?: number
  /** Default ~80 ms ± 40; 0 = none. */
  latencyMs?: Latency
  /** Clock; default real time. Data is generated relative to it. */
  now?: () => Date
  /** Default true. */
  rateLimits?: boolean
  /**
   * Whether the account has Zoom's Webinar add-on. Default true; a free plan never has it.
   * Without it every webinar call gets Zoom's "Webinar plan subscription is missing" (400/200).
   */
  webinarAddOn?: boolean
  /**
   * Email domains the account manages (verified with Zoom). Creating a user "straight away"
   * (autoCreate, custCreate) works only inside them. Default: the demo organisation's domain.
   */
  managedDomains?: string[]
}

export interface FaultController {
  setLatency(ms: Latency): void
  /** Fraction of API calls answered 5xx. */
  setServerErrorRate(rate: number): void
  /** Fraction of API calls whose socket is destroyed. */
  setConnectionResetRate(rate: number): void
  force429Burst(count: number, category?: RateCategory): void
  /** The next call with an old token gets 401/124. */
  revokeAllTokens(): void
  /** The next call with an old next_page_token gets code 300. */
  expireAllPageTokens(): void
  /** Makes one exact fault happen: which endpoint, which page, after how many calls, how often. */
  inject(plan: FaultPlan): void
  /** Requests an injected fault has hit since the last reset(). */
  applied(): number
  /** Clears every fault (and answers every hanging request). */
  reset(): void
}

export interface SimulatorStats {
  requests: number
  byCategory: Record<string, number>
  /** API calls per endpoint name (server/endpoints.ts), e.g. reportParticipants. */
  byEndpoint: Record<string, number>
  r429: number
  tokensIssued: number
}

export interface RunningSimulator {
  /** e.g. http://127.0.0.1:PORT/v2 */
  apiBaseUrl: string
  /** e.g. http://127.0.0.1:PORT/oauth/token */
  oauthUrl: string
  accountId: string
  clientId: string
  clientSecret: string
  faults: FaultController
  /** The generated data; read-only for tests. */
  org: SimulatedOrg
  stats(): SimulatorStats
  close(): Promise<void>
}

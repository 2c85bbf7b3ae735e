import type { SimulatedOrg } from '../org/org'
import type { Latency, SimulatorStats } from '../types'
import type { PageTokenStore } from './paging'
import type { PlannedFaults } from './planned-faults'
import type { DailyCounter, RateLimiter, ZoomPlan } from './rate-limits'
import type { TokenStore } from './tokens'
import type { Rng } from '../org/random'

export interface FaultState {
  latency: Latency
  serverErrorRate: number
  connectionResetRate: number
  rng: Rng
}

/** Everything a route or guard needs; one per running simulator. */
export interface SimContext {
  org: SimulatedOrg
  now: () => number
  plan: ZoomPlan
  /** The Webinar add-on (never on the free plan); licences go to the webinars' hosts. */
  webinarAddOn: boolean
  scopes: string[]
  /** Lower-case email domains where users may be created without an emailed confirmation. */
  managedDomains: string[]
  tokenTtlSeconds: number
  reportDelayMs: number
  accountId: string
  clientId: string
  clientSecret: string
  tokens: TokenStore
  pages: PageTokenStore
  limiter: RateLimiter
  dailyCaps: DailyCounter
  faults: FaultState
  /** Scripted faults (tests): see planned-faults.ts. */
  planned: PlannedFaults
  stats: Omit<SimulatorStats, 'tokensIssued'>
  /** Public origin, e.g. http://127.0.0.1:PORT; set once the port is known. */
  origin: string
}

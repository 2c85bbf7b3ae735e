import axios from 'axios'
import type { AxiosInstance } from 'axios'
import type { ZoomClientConfig } from './config'
import { resolveZoomConfig } from './config'
import { meetingsEndpoints } from './endpoints/meetings'
import type { MeetingsEndpoints } from './endpoints/meetings'
import { pastMeetingsEndpoints } from './endpoints/past-meetings'
import type { PastMeetingsEndpoints } from './endpoints/past-meetings'
import { reportsEndpoints } from './endpoints/reports'
import type { ReportsEndpoints } from './endpoints/reports'
import { usersEndpoints } from './endpoints/users'
import type { UsersEndpoints } from './endpoints/users'
import { pastWebinarsEndpoints } from './endpoints/past-webinars'
import type { PastWebinarsEndpoints } from './endpoints/past-webinars'
import { webinarReportsEndpoints } from './endpoints/webinar-reports'
import type { WebinarReportsEndpoints } from './endpoints/webinar-reports'
import { webinarsEndpoints } from './endpoints/webinars'
import type { WebinarsEndpoints } from './endpoints/webinars'
import { webinarSender } from './endpoints/webinar-sender'
import type { CallOptions } from './endpoints/call-options'
import { createPacer } from './pacer'
import { createRequestSender } from './request'
import type { ClientStats } from './stats'
import { emptyStats } from './stats'
import { createTokenCache } from './token-cache'

export interface ZoomClient
  extends
    UsersEndpoints,
    MeetingsEndpoints,
    PastMeetingsEndpoints,
    ReportsEndpoints,
    WebinarsEndpoints,
    PastWebinarsEndpoints,
    WebinarReportsEndpoints {
  /** Scopes granted to the app, read from the token (fetches one if needed). */
  grantedScopes(options?: CallOptions): Promise<string[]>
  /** Forgets the access token; the next call signs in again. */
  clearTokens(): void
  /** Same as clearTokens; for the Sign out button. */
  signOut(): void
  /** Counters since the client was made (copies; safe to keep). */
  stats(): ClientStats
}

export interface ZoomClientInternals {
  /** Tests only: swap the HTTP stack (e.g. record requests with an interceptor). */
  http?: AxiosInstance
}

/** Builds the one client all Zoom traffic goes through (Electron main and the CLI). */
export function createZoomClient(
  config: ZoomClientConfig,
  internals: ZoomClientInternals = {}
): ZoomClient {
  const resolved = resolveZoomConfig(config)
  resolved.onSecret(resolved.clientSecret)
  // No proxy/env magic: axios's own defaults, JSON in and out, redirects refused per request.
  const http = internals.http ?? axios.create()
  const stats = emptyStats()
  const tokens = createTokenCache(resolved, http, stats)
  const pacer = createPacer({ plan: resolved.plan, fraction: resolved.pacingFraction })
  const send = createRequestSender({ config: resolved, http, tokens, pacer, stats })
  const sendWebinar = webinarSender(send)
  return {
    ...usersEndpoints(send),
    ...meetingsEndpoints(send),
    ...pastMeetingsEndpoints(send),
    ...reportsEndpoints(send),
    ...webinarsEndpoints(sendWebinar),
    ...pastWebinarsEndpoints(sendWebinar),
    ...webinarReportsEndpoints(sendWebinar),
    async grantedScopes(options = {}) {
      const token = await tokens.get(options.signal)
      return [...token.scopes]
    },
    clearTokens: () => tokens.clear(),
    signOut: () => tokens.clear(),
    stats: () => ({ ...stats, byCategory: { ...stats.byCategory } })
  }
}

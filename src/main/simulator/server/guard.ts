import type { HttpBindings } from '@hono/node-server'
import type { Context } from 'hono'
import type { Latency } from '../types'
import type { SimContext } from './context'
import { endpoints, type EndpointName } from './endpoints'
import { messages, ZoomHttpError, zoomError } from './errors'
import { answerBefore, spoilAfter, takePlannedFault } from './planned-faults'

export type SimEnv = { Bindings: HttpBindings }
export type SimHandler = (c: Context<SimEnv>) => Promise<Response> | Response

/**
 * Wraps a route with what every Zoom API call goes through, in Zoom's order:
 * latency and faults, bearer token (401/124), scopes (400/4711), plan (400/200), rate limits (429).
 */
export function guarded(ctx: SimContext, name: EndpointName, handler: SimHandler): SimHandler {
  const endpoint = endpoints[name]
  return async (c) => {
    ctx.stats.requests += 1
    ctx.stats.byCategory[endpoint.category] = (ctx.stats.byCategory[endpoint.category] ?? 0) + 1
    ctx.stats.byEndpoint[name] = (ctx.stats.byEndpoint[name] ?? 0) + 1
    await sleep(latencyFor(ctx.faults.latency, ctx.faults.rng.next()))
    const planned = takePlannedFault(ctx.planned, name, Boolean(c.req.query('next_page_token')))
    const early = planned ? await answerBefore(ctx, planned, c) : null
    if (early) return early
    if (
      ctx.faults.connectionResetRate > 0 &&
      ctx.faults.rng.next() < ctx.faults.connectionResetRate
    ) {
      c.env.incoming.socket.destroy()
      return new Response(null, { status: 500 })
    }
    let rateHeaders: Record<string, string> = {}
    try {
      const granted = ctx.tokens.verify(c.req.header('authorization'))
      const allowed = [...endpoint.scopes, ...endpoint.classic]
      if (!allowed.some((scope) => granted.includes(scope))) {
        throw zoomError(400, 4711, messages.missingScopes(endpoint.scopes))
      }
      if (endpoint.paidOnly && ctx.plan === 'free') {
        throw zoomError(400, 200, messages.paidOnly(ctx.accountId))
      }
      rateHeaders = ctx.limiter.take(endpoint.category)
      if (ctx.faults.serverErrorRate > 0 && ctx.faults.rng.next() < ctx.faults.serverErrorRate) {
        const status = [500, 502, 503][Math.floor(ctx.faults.rng.next() * 3)] as number
        throw zoomError(status, status, 'An unexpected error occurred. Please try again later.')
      }
      const response = await handler(c)
      for (const [key, value] of Object.entries(rateHeaders)) response.headers.set(key, value)
      return planned ? await spoilAfter(planned, response) : response
    } catch (error) {
      if (!(error instanceof ZoomHttpError)) throw error
      if (error.status === 429) ctx.stats.r429 += 1
      return c.json(error.body, error.status as 400, { ...rateHeaders, ...error.headers })
    }
  }
}

export function latencyFor(latency: Latency, roll: number): number {
  if (typeof latency === 'number') return Math.max(0, latency)
  return Math.max(0, latency.meanMs + (roll * 2 - 1) * latency.jitterMs)
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms))
}

import type { Context } from 'hono'
import type { SimContext } from './context'
import type { EndpointName } from './endpoints'
import { messages } from './errors'
import type { SimEnv } from './guard'

/**
 * Scripted faults for the fault-injection tests: each plan hits a chosen endpoint (or the token
 * endpoint) on its first page or on later pages, after letting some requests through, a set
 * number of times. Unlike the random rates, a plan makes one exact failure happen on demand.
 */
export type InjectedFault =
  /** 200 with a proxy or network sign-in page instead of JSON. */
  | 'html-200'
  /** 200 with a JSON content type but only the first half of the body. */
  | 'truncated-json'
  /** 503 with Zoom's error body. */
  | 'server-error'
  /** The socket is destroyed before any answer. */
  | 'connection-reset'
  /** No answer at all until reset() or close (at most a minute). */
  | 'hang'
  /** Every live access token is revoked first, so this call gets 401/124. */
  | 'token-revoked'
  /** 429 with Retry-After in seconds ("1", or `retryAfterSeconds`). */
  | 'rate-limited-seconds'
  /** 429 with Retry-After as an HTTP date that many seconds ahead. */
  | 'rate-limited-date'
  /** 429 with no Retry-After header. */
  | 'rate-limited-bare'

export interface FaultPlan {
  fault: InjectedFault
  /** An API endpoint, 'token' for POST /oauth/token, or 'api' (any API call). Default 'api'. */
  target?: EndpointName | 'token' | 'api'
  /** 'first': requests without a next_page_token; 'later': pages 2 and on. Default both. */
  page?: 'first' | 'later'
  /** Matching requests let through before the fault starts. Default 0. */
  skip?: number
  /** How many matching requests fail. Default 1; Infinity until reset(). */
  times?: number
  /** The wait a 429 asks for. Default 1 (Zoom sends whole seconds; tests may ask for less). */
  retryAfterSeconds?: number
}

interface ActivePlan extends Required<Omit<FaultPlan, 'page'>> {
  page?: 'first' | 'later'
}

export interface PlannedFault {
  fault: InjectedFault
  retryAfterSeconds: number
}

export interface PlannedFaults {
  plans: ActivePlan[]
  /** How many requests a plan has hit since the last reset, so a test can prove one fired. */
  applied: number
  /** Releases every hanging request (reset and close). */
  hanging: Set<() => void>
}

export function emptyPlannedFaults(): PlannedFaults {
  return { plans: [], applied: 0, hanging: new Set() }
}

export function addPlan(faults: PlannedFaults, plan: FaultPlan): void {
  faults.plans.push({
    fault: plan.fault,
    target: plan.target ?? 'api',
    page: plan.page,
    skip: Math.max(0, Math.floor(plan.skip ?? 0)),
    times: Math.max(0, plan.times ?? 1),
    retryAfterSeconds: Math.max(0, plan.retryAfterSeconds ?? 1)
  })
}

export function clearPlans(faults: PlannedFaults): void {
  faults.plans = []
  faults.applied = 0
  for (const release of faults.hanging) release()
  faults.hanging.clear()
}

/** The fault this request gets, if any plan matches it; uses up one of that plan's turns. */
export function takePlannedFault(
  faults: PlannedFaults,
  target: EndpointName | 'token',
  laterPage: boolean
): PlannedFault | null {
  for (const plan of faults.plans) {
    if (plan.times <= 0) continue
    if (plan.target !== target && !(plan.target === 'api' && target !== 'token')) continue
    if (plan.page === 'first' && laterPage) continue
    if (plan.page === 'later' && !laterPage) continue
    if (plan.skip > 0) {
      plan.skip -= 1
      continue
    }
    plan.times -= 1
    faults.applied += 1
    return { fault: plan.fault, retryAfterSeconds: plan.retryAfterSeconds }
  }
  return null
}

const captivePortalPage =
  '<!doctype html><html><head><title>Sign in to the network</title></head>' +
  '<body><h1>Welcome</h1><p>Please accept the terms to continue.</p></body></html>'

/**
 * Faults that replace the answer before the route runs. Returns the response to send, or null
 * to go on (after 'token-revoked' the normal token check gives the 401).
 */
export async function answerBefore(
  ctx: SimContext,
  planned: PlannedFault,
  c: Context<SimEnv>
): Promise<Response | null> {
  const { fault, retryAfterSeconds } = planned
  switch (fault) {
    case 'connection-reset':
      c.env.incoming.socket.destroy()
      return new Response(null, { status: 500 })
    case 'hang':
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 60_000)
        timer.unref()
        ctx.planned.hanging.add(() => {
          clearTimeout(timer)
          resolve()
        })
      })
      c.env.incoming.socket.destroy()
      return new Response(null, { status: 500 })
    case 'server-error':
      return c.json(
        { code: 503, message: 'An unexpected error occurred. Please try again later.' },
        503
      )
    case 'token-revoked':
      ctx.tokens.revokeAll()
      return null
    case 'rate-limited-seconds':
    case 'rate-limited-date':
    case 'rate-limited-bare': {
      const headers: Record<string, string> = { 'X-RateLimit-Type': 'QPS' }
      if (fault === 'rate-limited-seconds') headers['Retry-After'] = String(retryAfterSeconds)
      if (fault === 'rate-limited-date') {
        headers['Retry-After'] = new Date(ctx.now() + retryAfterSeconds * 1000).toUTCString()
      }
      ctx.stats.r429 += 1
      return c.json({ code: 429, message: messages.perSecond }, 429, headers)
    }
    default:
      return null
  }
}

/** Faults that spoil a successful answer's body (the status stays 200). */
export async function spoilAfter({ fault }: PlannedFault, response: Response): Promise<Response> {
  if (fault === 'html-200') {
    return new Response(captivePortalPage, {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' }
    })
  }
  if (fault === 'truncated-json') {
    const text = await response.text()
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(text.slice(0, Math.floor(text.length / 2)), {
      status: response.status,
      headers
    })
  }
  return response
}

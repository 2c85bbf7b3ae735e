import type { Context, Hono } from 'hono'
import type { SimContext } from './context'
import type { SimEnv } from './guard'
import { answerBefore, spoilAfter, takePlannedFault } from './planned-faults'

/** POST /oauth/token: Server-to-Server OAuth, `grant_type=account_credentials`. */
export function registerOAuth(app: Hono<SimEnv>, ctx: SimContext): void {
  app.post('/oauth/token', async (c) => {
    ctx.stats.requests += 1
    const planned = takePlannedFault(ctx.planned, 'token', false)
    const early = planned ? await answerBefore(ctx, planned, c) : null
    if (early) return early
    const answer = await issueToken(c, ctx)
    return planned ? await spoilAfter(planned, answer) : answer
  })
}

async function issueToken(c: Context<SimEnv>, ctx: SimContext): Promise<Response> {
  const fail = (reason: string, error: string): Response => c.json({ reason, error }, 400)
  if (!basicAuthMatches(c.req.header('authorization'), ctx)) {
    return fail('Invalid client_id or client_secret', 'invalid_client')
  }
  const contentType = c.req.header('content-type') ?? ''
  if (contentType.includes('application/json'))
    return fail('unsupported grant type', 'unsupported_grant_type')
  const form = contentType.includes('application/x-www-form-urlencoded')
    ? await c.req.parseBody()
    : {}
  const field = (name: string): string | undefined => {
    const fromBody = form[name]
    return typeof fromBody === 'string' ? fromBody : c.req.query(name)
  }
  if (field('grant_type') !== 'account_credentials')
    return fail('unsupported grant type', 'unsupported_grant_type')
  if (field('account_id') !== ctx.accountId) return fail('Bad Request', 'invalid_request')
  const token = ctx.tokens.issue(ctx.scopes, ctx.tokenTtlSeconds)
  return c.json({
    access_token: token,
    token_type: 'bearer',
    expires_in: ctx.tokenTtlSeconds,
    scope: ctx.scopes.join(' '),
    api_url: ctx.origin
  })
}

function basicAuthMatches(header: string | undefined, ctx: SimContext): boolean {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '')
  if (!match) return false
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return (
    colon > 0 &&
    decoded.slice(0, colon) === ctx.clientId &&
    decoded.slice(colon + 1) === ctx.clientSecret
  )
}

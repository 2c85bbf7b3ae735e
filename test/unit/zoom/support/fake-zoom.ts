import { createServer } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createZoomClient } from '../../../../src/main/zoom/client'
import type { ZoomClient, ZoomClientInternals } from '../../../../src/main/zoom/client'
import type { ZoomClientConfig } from '../../../../src/main/zoom/config'

export const secrets = {
  accountId: 'acct-canary-1',
  clientId: 'client-canary-2',
  clientSecret: 'SECRET-canary-3f9a'
}

export interface Seen {
  method: string
  /** Raw request target, exactly as sent (encoding preserved). */
  rawUrl: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
  /** True when the client hung up before the response was written. */
  abortedByClient: boolean
}

export type Handler = (seen: Seen, res: ServerResponse, req: IncomingMessage) => unknown

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  if (res.destroyed) return
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

let tokenCounter = 0

/** Default token endpoint: a fresh token each time, TTL 1 h. */
export const issueToken: Handler = (_seen, res) => {
  tokenCounter += 1
  sendJson(res, 200, {
    access_token: `TOKEN-canary-${tokenCounter}`,
    token_type: 'bearer',
    expires_in: 3600,
    scope: 'user:read:list_users:admin meeting:read:meeting:admin'
  })
}

export interface FakeZoom {
  apiBaseUrl: string
  oauthUrl: string
  seen: Seen[]
  api(): Seen[]
  tokenPosts(): Seen[]
  onToken: Handler
  onApi: Handler
  close(): Promise<void>
}

/** A tiny stand-in for api.zoom.us and zoom.us/oauth/token on 127.0.0.1. */
export async function startFakeZoom(onApi?: Handler): Promise<FakeZoom> {
  const fake: FakeZoom = {
    apiBaseUrl: '',
    oauthUrl: '',
    seen: [],
    api: () => fake.seen.filter((entry) => entry.path.startsWith('/v2/')),
    tokenPosts: () => fake.seen.filter((entry) => entry.path === '/oauth/token'),
    onToken: issueToken,
    onApi: onApi ?? ((_seen, res) => sendJson(res, 404, { code: 3001, message: 'Not found' })),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const rawUrl = req.url ?? '/'
      const [path, search = ''] = rawUrl.split('?')
      const seen: Seen = {
        method: req.method ?? 'GET',
        rawUrl,
        path,
        query: new URLSearchParams(search),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        abortedByClient: false
      }
      res.on('close', () => {
        if (!res.writableFinished) seen.abortedByClient = true
      })
      fake.seen.push(seen)
      const handler = path === '/oauth/token' ? fake.onToken : fake.onApi
      void Promise.resolve(handler(seen, res, req)).catch(() => res.destroy())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  fake.apiBaseUrl = `http://127.0.0.1:${port}/v2`
  fake.oauthUrl = `http://127.0.0.1:${port}/oauth/token`
  return fake
}

/** A client tuned for tests: fast backoff, generous pacing. */
export function testClient(
  fake: FakeZoom,
  overrides: Partial<ZoomClientConfig> = {},
  internals: ZoomClientInternals = {}
): ZoomClient {
  return createZoomClient(
    {
      ...secrets,
      apiBaseUrl: fake.apiBaseUrl,
      oauthUrl: fake.oauthUrl,
      plan: 'business',
      maxAttempts: 3,
      requestTimeoutMs: 5_000,
      backoff: { baseMs: 1, capMs: 5 },
      pacingFraction: 1,
      ...overrides
    },
    internals
  )
}

/** Runs `promise` and returns the AppError code it failed with (or 'resolved'). */
export async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'resolved'
  } catch (error) {
    return (
      (error as { appError?: { code?: string } }).appError?.code ??
      `not-app-failure: ${String(error)}`
    )
  }
}

export async function failureOf(promise: Promise<unknown>): Promise<{
  code: string
  message: string
  remedy?: string
  details?: { scopes?: string[]; retryAt?: string; fields?: { field: string; message: string }[] }
}> {
  try {
    await promise
  } catch (error) {
    const appError = (error as { appError?: unknown }).appError
    if (appError) return appError as Awaited<ReturnType<typeof failureOf>>
    throw error
  }
  throw new Error('Expected a failure')
}

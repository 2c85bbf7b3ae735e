import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { EventChannel } from '../../shared/ipc/channels'
import type { IpcRouter } from '../ipc/router'
import { contentSecurityPolicy } from '../security/content-security-policy'

export interface PreviewServer {
  /** The address to open, with this run's access token. */
  url: string
  origin: string
  sendEvent(channel: EventChannel, payload: unknown): void
  close(): Promise<void>
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Serves the built renderer on 127.0.0.1 and bridges its requests to the real handlers.
 * Requests need this run's random token and must come from the page's own origin and host,
 * so other local pages and DNS-rebinding tricks cannot drive it.
 */
export async function startPreviewServer(options: {
  router: IpcRouter
  rendererDir: string
  bridgeScriptPath: string
  port?: number
}): Promise<PreviewServer> {
  const token = randomBytes(24).toString('base64url')
  const subscribers = new Set<(data: string) => void>()
  let origin = ''
  const app = new Hono()

  app.use('*', async (c, next) => {
    if (c.req.header('host') !== new URL(origin).host) return c.text('Wrong host', 421)
    await next()
    c.header('content-security-policy', contentSecurityPolicy)
    c.header('x-content-type-options', 'nosniff')
  })

  const authorized = (c: Context, given: string | undefined): boolean => {
    const requestOrigin = c.req.header('origin')
    if (requestOrigin !== undefined && requestOrigin !== origin) return false
    return sameToken(given, token)
  }

  app.post('/ipc/:channel', async (c) => {
    if (!authorized(c, c.req.header('x-headcount-token'))) {
      return c.json(
        { ok: false, error: { code: 'forbidden-sender', message: 'This request was refused.' } },
        403
      )
    }
    let body: unknown
    try {
      body = await c.req.json()
    } catch {
      body = {}
    }
    const input = body && typeof body === 'object' ? (body as { input?: unknown }).input : undefined
    return c.json(await options.router.dispatch(c.req.param('channel'), input))
  })

  app.get('/events', (c) => {
    if (!authorized(c, c.req.query('token'))) return c.text('Refused', 403)
    return streamSSE(c, async (stream) => {
      const push = (data: string): void => void stream.writeSSE({ data })
      subscribers.add(push)
      stream.onAbort(() => {
        subscribers.delete(push)
      })
      while (!stream.aborted) await stream.sleep(15_000)
    })
  })

  app.get('/preview-bridge.js', async (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8')
    return c.body(await readFile(options.bridgeScriptPath, 'utf8'))
  })

  const indexHtml = async (c: Context): Promise<Response> => {
    const html = await readFile(`${options.rendererDir}/index.html`, 'utf8')
    // The bridge must exist before the app's own module script runs.
    const withBridge = html.replace(
      '<head>',
      '<head>\n    <script src="/preview-bridge.js"></script>'
    )
    return c.html(withBridge)
  }
  app.get('/', indexHtml)
  app.get('/index.html', indexHtml)
  app.use('/*', serveStatic({ root: options.rendererDir }))

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 }, () =>
      resolve(s)
    )
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}/?token=${token}`,
    origin,
    sendEvent(channel, payload) {
      const data = JSON.stringify({ channel, payload })
      for (const push of subscribers) push(data)
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
  }
}

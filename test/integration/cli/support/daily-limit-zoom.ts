import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in Zoom whose daily request pool is used up: it signs in, then answers every API call
 * with Zoom's daily-limit 429. Exhausting the simulator's real pool would take thousands of calls.
 */
export async function startDailyLimitZoom(): Promise<{
  apiBaseUrl: string
  oauthUrl: string
  close(): Promise<void>
}> {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
  const server: Server = createServer((request, response) => {
    request.resume()
    if (request.method === 'POST' && request.url?.startsWith('/oauth/token')) {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          access_token: 'daily-limit-fake-access-token-0123456789',
          token_type: 'bearer',
          expires_in: 3600,
          scope: 'report:read:list_meeting_participants:admin report:read:meeting:admin',
          api_url: 'https://api.zoom.us'
        })
      )
      return
    }
    response.writeHead(429, {
      'content-type': 'application/json',
      'x-ratelimit-category': 'Heavy',
      'x-ratelimit-type': 'Daily-limit',
      'x-ratelimit-limit': '30000',
      'x-ratelimit-remaining': '0',
      'retry-after': `${tomorrow}T00:00:00Z`
    })
    response.end(
      JSON.stringify({
        code: 429,
        message:
          'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.'
      })
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    apiBaseUrl: `${origin}/v2`,
    oauthUrl: `${origin}/oauth/token`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

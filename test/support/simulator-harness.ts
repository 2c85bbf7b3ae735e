import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions
} from '../../src/main/simulator/index'

export interface SimResponse {
  status: number
  headers: Headers
  body: Record<string, unknown>
}

export interface SimHarness {
  sim: RunningSimulator
  token: string
  /** Calls the API with the harness token (or `token` override). */
  call(
    path: string,
    init?: { method?: string; body?: unknown; token?: string }
  ): Promise<SimResponse>
  newToken(): Promise<string>
  /** Moves the simulator's clock forward. */
  advance(ms: number): void
}

/** A simulator with no latency, a movable clock and a token ready to use. */
export async function startHarness(
  options: SimulatorOptions = {},
  startAt = Date.parse('2026-11-20T12:00:00Z')
): Promise<SimHarness> {
  let now = startAt
  const sim = await startSimulator({ latencyMs: 0, now: () => new Date(now), ...options })
  const newToken = async (): Promise<string> => {
    const basic = Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')
    const response = await fetch(sim.oauthUrl, {
      method: 'POST',
      headers: {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded'
      },
      body: new URLSearchParams({ grant_type: 'account_credentials', account_id: sim.accountId })
    })
    return ((await response.json()) as { access_token: string }).access_token
  }
  const harness: SimHarness = {
    sim,
    token: await newToken(),
    newToken,
    advance: (ms) => {
      now += ms
    },
    async call(path, init = {}) {
      const response = await fetch(`${sim.apiBaseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${init.token ?? harness.token}`,
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {})
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {})
      })
      const text = await response.text()
      return {
        status: response.status,
        headers: response.headers,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {}
      }
    }
  }
  return harness
}

/** Zoom's rule for UUIDs that start with "/" or contain "//": encode twice. */
export function doubleEncode(uuid: string): string {
  return encodeURIComponent(encodeURIComponent(uuid))
}

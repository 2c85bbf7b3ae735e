import axios from 'axios'
import type { AxiosInstance } from 'axios'
import { startSimulator } from '../../../src/main/simulator/index'
import type { RunningSimulator, SimulatorOptions } from '../../../src/main/simulator/index'
import { createZoomClient } from '../../../src/main/zoom/client'
import type { ZoomClient } from '../../../src/main/zoom/client'
import type { ZoomClientConfig } from '../../../src/main/zoom/config'
import { endpointCategories } from '../../../src/main/zoom/rate-categories'

export const simStart = Date.parse('2026-11-20T12:00:00Z')

export interface SentRequest {
  method: string
  template: string
  pathParams: Record<string, string>
  query: Record<string, string | number | boolean | undefined>
  body: unknown
}

const templates = Object.keys(endpointCategories).map((key) => {
  const [method, template] = key.split(' ')
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
  const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`)
  return { method, template, names, pattern }
})

/** Finds the spec path template (and path params, decoded once) of an API URL. */
export function matchTemplate(method: string, path: string): SentRequest | undefined {
  for (const candidate of templates) {
    if (candidate.method !== method) continue
    const match = candidate.pattern.exec(path)
    if (!match) continue
    const pathParams: Record<string, string> = {}
    candidate.names.forEach((name, index) => {
      pathParams[name] = decodeURIComponent(match[index + 1])
    })
    return { method, template: candidate.template, pathParams, query: {}, body: undefined }
  }
  return undefined
}

export interface SimSetup {
  sim: RunningSimulator
  client: ZoomClient
  sent: SentRequest[]
  /** Moves the shared clock (simulator and client) forward. */
  advance(ms: number): void
}

/** A simulator and a Headcount client sharing one clock, recording every API request sent. */
export async function startSimAndClient(
  simOptions: SimulatorOptions = {},
  clientOptions: Partial<ZoomClientConfig> = {}
): Promise<SimSetup> {
  // Real time flows (the simulator's per-second windows need it), shifted to a fixed date.
  let offset = simStart - Date.now()
  const clock = (): Date => new Date(Date.now() + offset)
  const sim = await startSimulator({ latencyMs: 0, seed: 7, now: clock, ...simOptions })
  const sent: SentRequest[] = []
  const http: AxiosInstance = axios.create()
  http.interceptors.request.use((config) => {
    const url = new URL(config.url ?? '')
    const prefix = new URL(sim.apiBaseUrl).pathname
    if (url.pathname.startsWith(`${prefix}/`)) {
      const method = (config.method ?? 'get').toUpperCase()
      const found = matchTemplate(method, url.pathname.slice(prefix.length))
      sent.push({
        ...(found ?? { method, template: `UNKNOWN ${url.pathname}`, pathParams: {} }),
        query: Object.fromEntries(
          Object.entries((config.params ?? {}) as Record<string, string>).filter(
            ([, value]) => value !== undefined
          )
        ),
        body: config.data
      })
    }
    return config
  })
  const client = createZoomClient(
    {
      accountId: sim.accountId,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      apiBaseUrl: sim.apiBaseUrl,
      oauthUrl: sim.oauthUrl,
      plan: simOptions.plan ?? 'pro',
      now: clock,
      backoff: { baseMs: 2, capMs: 20 },
      maxAttempts: 6,
      requestTimeoutMs: 10_000,
      ...clientOptions
    },
    { http }
  )
  return {
    sim,
    client,
    sent,
    advance: (ms) => {
      offset += ms
    }
  }
}

export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'resolved'
  } catch (error) {
    return (error as { appError?: { code?: string } }).appError?.code ?? String(error)
  }
}

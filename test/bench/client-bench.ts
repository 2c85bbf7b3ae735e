/**
 * Benchmark: fetch attendance (report participants + registrants in all three statuses) for 200
 * past meetings, and for every past webinar instance (report participants, absentees, registrants
 * in all three statuses, panelists), from the simulator with Zoom Pro limits and realistic
 * latency, once with Headcount's client and once with a plain sequential client. The ceiling
 * ratio is measured over every Heavy call (meeting and webinar reports, webinar absentees).
 *
 *   npm run bench:client        (tsx test/bench/client-bench.ts)
 *
 * Last line: client-bench ceiling_ratio=<x> vs_naive=<speedup> requests=<n> r429=<n> failures=<n>
 */
import axios from 'axios'
import type { AxiosInstance } from 'axios'
import { startSimulator } from '../../src/main/simulator/index'
import type { RunningSimulator, SimMeeting } from '../../src/main/simulator/index'
import { createZoomClient } from '../../src/main/zoom/client'
import type { ZoomClient } from '../../src/main/zoom/client'
import { isRegistrationOff } from '../../src/main/zoom/errors'
import { endpointCategories, planLimits } from '../../src/main/zoom/rate-categories'
import { sleep } from '../../src/main/zoom/retry-policy'

const meetingCount = 200
const seed = 42
const heavyCeiling = planLimits.pro.Heavy.perWindow
const statuses = ['approved', 'pending', 'denied'] as const

interface Target {
  meetingId: number
  uuid: string
}

interface WebinarTarget {
  webinarId: number
  uuid: string
  occurrenceId?: string
  registration: boolean
}

interface Targets {
  meetings: Target[]
  webinars: WebinarTarget[]
}

/** Heavy endpoints as path patterns, from the client's one category table. */
const heavyPaths = Object.entries(endpointCategories)
  .filter(([, category]) => category === 'Heavy')
  .map(([key]) => new RegExp(`^${key.split(' ')[1]?.replace(/\{\w+\}/g, '[^/]+')}(\\?|$)`))

function isHeavy(url: string | undefined): boolean {
  const path = (url ?? '').replace(/^https?:\/\/[^/]+\/v2/, '').replace(/^\/v2/, '')
  return heavyPaths.some((pattern) => pattern.test(path))
}

interface RunFigures {
  label: string
  wallMs: number
  requests: number
  r429: number
  failures: number
  heavy: number
  heavyWindowMs: number
}

/** Start/end of every Heavy request, stamped as it leaves and as its answer arrives. */
function heavyTimer(http: AxiosInstance): { count: () => number; windowMs: () => number } {
  let first = Infinity
  let last = 0
  let count = 0
  http.interceptors.request.use((config) => {
    if (isHeavy(config.url)) {
      count += 1
      first = Math.min(first, performance.now())
    }
    return config
  })
  const stamp = (url: string | undefined): void => {
    if (isHeavy(url)) last = Math.max(last, performance.now())
  }
  http.interceptors.response.use(
    (response) => {
      stamp(response.config.url)
      return response
    },
    (error: { config?: { url?: string } }) => {
      stamp(error.config?.url)
      return Promise.reject(error)
    }
  )
  return { count: () => count, windowMs: () => Math.max(1, last - first) }
}

function pickTargets(sim: RunningSimulator): Targets {
  const readyBefore = Date.now() - 45 * 60_000
  const webinars: WebinarTarget[] = sim.org.webinars.all.flatMap((webinar) =>
    webinar.instances
      .filter((i) => i.endTime < readyBefore)
      .map((i) => ({
        webinarId: webinar.id,
        uuid: i.uuid,
        ...(i.occurrenceId ? { occurrenceId: i.occurrenceId } : {}),
        registration: webinar.settings.approval_type !== 2
      }))
  )
  if (webinars.length < 5) throw new Error(`Only ${webinars.length} past webinar instances`)
  const targets: Target[] = []
  for (const meeting of sim.org.meetings as SimMeeting[]) {
    const instance = meeting.instances.filter((i) => i.endTime < readyBefore).at(-1)
    // Zoom's report endpoints skip one-person meetings by design (zoom-api.md §5.1).
    if (instance && sim.org.uniqueParticipantCount(instance.uuid) >= 2) {
      targets.push({ meetingId: meeting.id, uuid: instance.uuid })
    }
    if (targets.length === meetingCount) break
  }
  if (targets.length < meetingCount) throw new Error(`Only ${targets.length} past meetings`)
  return { meetings: targets, webinars }
}

async function headcountAttendance(client: ZoomClient, target: Target): Promise<number> {
  const rows = await client
    .listReportParticipants(target.uuid, { includeRegistrantId: true })
    .toArray()
  let registrants = 0
  for (const status of statuses) {
    try {
      registrants += (await client.listRegistrants(target.meetingId, status).toArray()).length
    } catch (error) {
      if (isRegistrationOff(error)) break
      throw error
    }
  }
  return rows.length + registrants
}

/** The webinar lists do not depend on each other, so they are asked for together. */
async function headcountWebinar(client: ZoomClient, target: WebinarTarget): Promise<number> {
  const options = target.occurrenceId ? { occurrenceId: target.occurrenceId } : {}
  const lists: Promise<unknown[]>[] = [
    client.listReportWebinarParticipants(target.uuid, { includeRegistrantId: true }).toArray(),
    client.listWebinarPanelists(target.webinarId)
  ]
  if (target.registration) {
    lists.push(client.listWebinarAbsentees(target.uuid).toArray())
    for (const status of statuses)
      lists.push(client.listWebinarRegistrants(target.webinarId, status, options).toArray())
  }
  return (await Promise.all(lists)).reduce((sum, list) => sum + list.length, 0)
}

async function runHeadcount(sim: RunningSimulator, targets: Targets): Promise<RunFigures> {
  const http = axios.create()
  const timer = heavyTimer(http)
  const client = createZoomClient(
    {
      accountId: sim.accountId,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      apiBaseUrl: sim.apiBaseUrl,
      oauthUrl: sim.oauthUrl,
      plan: 'pro'
    },
    { http }
  )
  const started = performance.now()
  const results = await Promise.allSettled([
    ...targets.meetings.map((t) => headcountAttendance(client, t)),
    ...targets.webinars.map((t) => headcountWebinar(client, t))
  ])
  const wallMs = performance.now() - started
  const stats = client.stats()
  for (const result of results) {
    if (result.status === 'rejected') console.log('  failed:', String(result.reason))
  }
  return {
    label: 'headcount',
    wallMs,
    requests: stats.requests,
    r429: stats.responses429,
    failures: results.filter((result) => result.status === 'rejected').length,
    heavy: timer.count(),
    heavyWindowMs: timer.windowMs()
  }
}

/** What a first attempt looks like: one request at a time, wait out any 429, no pacing. */
async function runNaive(sim: RunningSimulator, targets: Targets): Promise<RunFigures> {
  const http = axios.create({ baseURL: sim.apiBaseUrl })
  const timer = heavyTimer(http)
  let requests = 0
  let r429 = 0
  const basic = Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')
  const tokenResponse = await axios.post<{ access_token: string }>(
    sim.oauthUrl,
    new URLSearchParams({
      grant_type: 'account_credentials',
      account_id: sim.accountId
    }).toString(),
    { headers: { Authorization: `Basic ${basic}` } }
  )
  const headers = { Authorization: `Bearer ${tokenResponse.data.access_token}` }
  async function get<T>(url: string, params: Record<string, string | number>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      requests += 1
      try {
        return (await http.get<T>(url, { params, headers })).data
      } catch (error) {
        const response = axios.isAxiosError(error) ? error.response : undefined
        if (response?.status !== 429 || attempt >= 5) throw error
        r429 += 1
        await sleep(Number(response.headers['retry-after'] ?? 1) * 1000)
      }
    }
  }
  async function all(url: string, params: Record<string, string | number>): Promise<number> {
    let total = 0
    let token = ''
    do {
      const page = await get<{ next_page_token?: string } & Record<string, unknown>>(url, {
        ...params,
        page_size: 300,
        ...(token ? { next_page_token: token } : {})
      })
      const list = Object.values(page).find(Array.isArray) as unknown[] | undefined
      total += list?.length ?? 0
      token = page.next_page_token ?? ''
    } while (token)
    return total
  }
  let failures = 0
  const started = performance.now()
  for (const target of targets.meetings) {
    try {
      const uuid = encodeURIComponent(encodeURIComponent(target.uuid))
      await all(`/report/meetings/${uuid}/participants`, { include_fields: 'registrant_id' })
      for (const status of statuses) {
        try {
          await all(`/meetings/${target.meetingId}/registrants`, { status })
        } catch (error) {
          const body = axios.isAxiosError(error) ? error.response?.data : undefined
          if ((body as { code?: number } | undefined)?.code === 300) break
          throw error
        }
      }
    } catch {
      failures += 1
    }
  }
  for (const target of targets.webinars) {
    try {
      const uuid = encodeURIComponent(encodeURIComponent(target.uuid))
      await all(`/report/webinars/${uuid}/participants`, { include_fields: 'registrant_id' })
      await get(`/webinars/${target.webinarId}/panelists`, {})
      if (target.registration) {
        await all(`/past_webinars/${uuid}/absentees`, {})
        const occurrence: Record<string, string> = target.occurrenceId
          ? { occurrence_id: target.occurrenceId }
          : {}
        for (const status of statuses)
          await all(`/webinars/${target.webinarId}/registrants`, { status, ...occurrence })
      }
    } catch {
      failures += 1
    }
  }
  return {
    label: 'naive',
    wallMs: performance.now() - started,
    requests,
    r429,
    failures,
    heavy: timer.count(),
    heavyWindowMs: timer.windowMs()
  }
}

function heavyRate(figures: RunFigures): number {
  return figures.heavy / (figures.heavyWindowMs / 1000)
}

function describe(figures: RunFigures): string {
  const rate = heavyRate(figures)
  return [
    `${figures.label.padEnd(9)} wall=${(figures.wallMs / 1000).toFixed(1)}s`,
    `requests=${figures.requests}`,
    `r429=${figures.r429} (${((100 * figures.r429) / Math.max(1, figures.requests)).toFixed(2)}%)`,
    `failures=${figures.failures}`,
    `heavy=${figures.heavy} at ${rate.toFixed(2)}/s = ${(rate / heavyCeiling).toFixed(3)} of Pro's ${heavyCeiling}/s`
  ].join('  ')
}

async function withSimulator<T>(run: (sim: RunningSimulator) => Promise<T>): Promise<T> {
  // Pro limits, Zoom-like latency (the simulator's default ~80 ms ± 40), same data each time.
  const sim = await startSimulator({ plan: 'pro', seed, size: { extraPastMeetings: 300 } })
  try {
    return await run(sim)
  } finally {
    await sim.close()
  }
}

async function main(): Promise<void> {
  console.log(
    `client-bench: attendance for ${meetingCount} past meetings and every past webinar instance, Zoom Pro limits`
  )
  const headcount = await withSimulator((sim) => {
    const targets = pickTargets(sim)
    console.log(`targets: ${targets.meetings.length} meetings, ${targets.webinars.length} webinars`)
    return runHeadcount(sim, targets)
  })
  console.log(describe(headcount))
  const naive = await withSimulator((sim) => runNaive(sim, pickTargets(sim)))
  console.log(describe(naive))
  const ratio = heavyRate(headcount) / heavyCeiling
  const speedup = naive.wallMs / headcount.wallMs
  console.log(
    `client-bench ceiling_ratio=${ratio.toFixed(3)} vs_naive=${speedup.toFixed(2)} requests=${headcount.requests} r429=${headcount.r429} failures=${headcount.failures}`
  )
}

await main()

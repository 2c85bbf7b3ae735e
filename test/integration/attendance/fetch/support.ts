import type { AttendanceCache } from '../../../../src/main/attendance/fetch'
import type { RunningSimulator } from '../../../../src/main/simulator'
import { createZoomClient, type ZoomClient } from '../../../../src/main/zoom'

export function clientFor(target: RunningSimulator): ZoomClient {
  return createZoomClient({
    accountId: target.accountId,
    clientId: target.clientId,
    clientSecret: target.clientSecret,
    apiBaseUrl: target.apiBaseUrl,
    oauthUrl: target.oauthUrl,
    plan: 'business'
  })
}

export function showcaseUuid(target: RunningSimulator): string {
  return target.org.findQuirkMeeting('showcase').instance?.uuid ?? ''
}

/** The cache hook over a Map; values are copied like a file round trip would. */
export function memoryCache(): AttendanceCache & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>()
  return {
    entries,
    get: async (key) => structuredClone(entries.get(`${key.kind}:${key.meetingUuid}`) ?? null),
    put: async (key, data) => {
      entries.set(`${key.kind}:${key.meetingUuid}`, structuredClone(data))
    }
  }
}

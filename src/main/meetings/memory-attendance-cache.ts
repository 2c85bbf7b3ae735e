import type { AttendanceCache } from '../services'

/** For demo data: kept for the session only, since the demo organisation is made up anew each run. */
export function memoryAttendanceCache(): AttendanceCache {
  const entries = new Map<string, unknown>()
  const keyOf = (key: { meetingUuid: string; kind: string }): string =>
    `${key.kind}\n${key.meetingUuid}`
  return {
    get: async (key) => entries.get(keyOf(key)) ?? null,
    put: async (key, data) => void entries.set(keyOf(key), data)
  }
}

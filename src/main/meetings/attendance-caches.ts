import { meetingCacheHook } from '../services'
import type { AttendanceCache } from '../services'
import type { MeetingCache } from '../storage'

export type CacheFor = (accountKey: string, options?: { refresh?: boolean }) => AttendanceCache

/** Demo data is made anew each run, so it is kept in memory only, never on disk. */
function memoryCache(): AttendanceCache {
  const entries = new Map<string, unknown>()
  const keyOf = (key: { meetingUuid: string; kind: string }): string =>
    `${key.kind}\n${key.meetingUuid}`
  return {
    get: async (key) => entries.get(keyOf(key)) ?? null,
    put: async (key, data) => void entries.set(keyOf(key), data)
  }
}

/**
 * Where Zoom data of ended meetings is kept: on disk per saved account (reopening is instant
 * and works offline), in memory for the demo. Refresh skips what was kept but keeps the new copy.
 */
export function attendanceCaches(disk: MeetingCache): CacheFor {
  const demo = memoryCache()
  return (accountKey, options = {}) => {
    const cache = accountKey === 'demo' ? demo : meetingCacheHook(disk, accountKey)
    if (!options.refresh) return cache
    return { get: async () => null, put: (key, data) => cache.put(key, data) }
  }
}

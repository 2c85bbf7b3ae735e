import type { Logger } from '../../logging/logger'
import type { AttendanceCache, CacheFor } from '../fetch/attendance-cache'
import { createMeetingCache, type MeetingCache } from './meeting-cache'

/**
 * Where Zoom data of ended meetings is kept until the archive takes over: on disk per saved
 * account (reopening is instant and works offline), in memory for the demo. The fetchers see
 * only the AttendanceCache port, so this folder can be deleted once the archive replaces it.
 */
export interface AccountCaches {
  cacheFor: CacheFor
  /** Drops everything kept for a profile, when the admin forgets it. */
  clear(profileId: string): Promise<void>
}

export function createAccountCaches(options: { dir: string; logger: Logger }): AccountCaches {
  const disk = createMeetingCache(options)
  const demo = memoryCache()
  return {
    cacheFor(accountKey, { refresh = false } = {}) {
      const cache = accountKey === 'demo' ? demo : meetingCacheHook(disk, accountKey)
      if (!refresh) return cache
      return { get: async () => null, put: (key, data) => cache.put(key, data) }
    },
    clear: (profileId) => disk.clear(profileId)
  }
}

/** One profile's part of the JSON meeting cache, as the fetchers' port. */
export function meetingCacheHook(cache: MeetingCache, profileId: string): AttendanceCache {
  return {
    async get(key) {
      const entry = await cache.get({ profileId, ...key })
      return entry === null ? null : entry.data
    },
    async put(key, data) {
      await cache.put({ profileId, ...key }, data)
    }
  }
}

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

/** What may be kept of one ended meeting instance, each fetched from Zoom once. */
export type AttendanceDataKind =
  'meeting-detail' | 'report-participants' | 'past-participants' | 'registrants'

export interface AttendanceCacheKey {
  /** The instance UUID: one run of a meeting, never the numeric id (that moves on). */
  meetingUuid: string
  kind: AttendanceDataKind
}

/**
 * Where fetched Zoom data for ended meetings may be kept. Optional: without it every request goes
 * to Zoom. A `get` that returns null (or throws) is a miss; a failing `put` is ignored.
 */
export interface AttendanceCache {
  get(key: AttendanceCacheKey): Promise<unknown>
  put(key: AttendanceCacheKey, data: unknown): Promise<void>
}

/** The cache of one account ('demo' or a profile id); refresh skips what was kept but keeps the new copy. */
export type CacheFor = (accountKey: string, options?: { refresh?: boolean }) => AttendanceCache

/** Reads the cache without ever failing the fetch: a broken cache is just a miss. */
export async function readCached(
  cache: AttendanceCache | undefined,
  key: AttendanceCacheKey
): Promise<unknown> {
  if (!cache) return null
  try {
    return (await cache.get(key)) ?? null
  } catch {
    return null
  }
}

export async function writeCached(
  cache: AttendanceCache | undefined,
  key: AttendanceCacheKey,
  data: unknown
): Promise<void> {
  if (!cache) return
  try {
    await cache.put(key, data)
  } catch {
    // The cache only saves Zoom calls; losing an entry is harmless.
  }
}

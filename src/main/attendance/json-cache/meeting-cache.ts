import { createHash } from 'node:crypto'
import { promises as fsp } from 'node:fs'
import { join } from 'node:path'
import { AppFailure } from '../../../shared/app-error'
import { silentLogger, type Logger } from '../../logging/logger'
import { writeFileAtomic } from '../../files/atomic-file'
import type { AttendanceDataKind } from '../fetch/attendance-cache'

/**
 * Past-meeting data does not change once a meeting has ended, so each (profile, meeting
 * instance, kind) is fetched from Zoom once and kept as a small JSON file. The cache is only
 * an optimisation: a damaged file is a miss, and failed writes are logged, never thrown.
 */
export type MeetingDataKind = AttendanceDataKind

export interface MeetingCacheKey {
  profileId: string
  /** The meeting *instance* UUID (may contain '/', '+', '='), not the numeric meeting id. */
  meetingUuid: string
  kind: MeetingDataKind
}

export interface CachedMeetingData<T = unknown> {
  fetchedAt: string
  data: T
}

export interface MeetingCache {
  /** `parse` checks the shape (e.g. a zod parse); if it throws, the entry is dropped as stale. */
  get<T = unknown>(
    key: MeetingCacheKey,
    parse?: (data: unknown) => T
  ): Promise<CachedMeetingData<T> | null>
  put(key: MeetingCacheKey, data: unknown, fetchedAt?: Date): Promise<{ stored: boolean }>
  delete(key: MeetingCacheKey): Promise<void>
  /** Remove everything cached for one profile (e.g. when the profile is removed). */
  clear(profileId: string): Promise<void>
}

export interface MeetingCacheOptions {
  dir: string
  logger?: Logger
  now?: () => Date
}

const FORMAT = 1
const PROFILE_ID = /^[A-Za-z0-9_-]{1,64}$/
const KINDS: readonly string[] = [
  'meeting-detail',
  'report-participants',
  'past-participants',
  'registrants'
] satisfies readonly AttendanceDataKind[]

function badKey(message: string): AppFailure {
  return new AppFailure({ code: 'internal', message: `Meeting cache: ${message}` })
}

function checkProfileId(profileId: string): void {
  if (!PROFILE_ID.test(profileId)) throw badKey('the profile id is not valid.')
}

interface CacheFile {
  format: number
  kind: string
  meetingUuid: string
  fetchedAt: string
  data: unknown
}

function isCacheFile(value: unknown, key: MeetingCacheKey): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false
  const file = value as Partial<CacheFile>
  return (
    file.format === FORMAT &&
    file.kind === key.kind &&
    file.meetingUuid === key.meetingUuid &&
    typeof file.fetchedAt === 'string' &&
    !Number.isNaN(Date.parse(file.fetchedAt)) &&
    'data' in file
  )
}

export function createMeetingCache(options: MeetingCacheOptions): MeetingCache {
  const logger = options.logger ?? silentLogger
  const now = options.now ?? (() => new Date())

  // UUIDs differ only by letter case and hold '/', so hash them: safe on every file system.
  const fileFor = (key: MeetingCacheKey): string => {
    checkProfileId(key.profileId)
    if (!KINDS.includes(key.kind)) throw badKey('unknown data kind.')
    if (typeof key.meetingUuid !== 'string' || key.meetingUuid.length === 0) {
      throw badKey('the meeting UUID is empty.')
    }
    const digest = createHash('sha256').update(key.meetingUuid).digest('hex').slice(0, 40)
    return join(options.dir, key.profileId, `${key.kind}-${digest}.json`)
  }

  const drop = async (path: string, reason: string): Promise<void> => {
    logger.warn('Dropping meeting cache entry', { path, reason })
    await fsp.rm(path, { force: true }).catch(() => undefined)
  }

  return {
    async get<T>(key: MeetingCacheKey, parse?: (data: unknown) => T) {
      const path = fileFor(key)
      let text: string
      try {
        text = await fsp.readFile(path, 'utf8')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code !== 'ENOENT') logger.warn('Could not read meeting cache entry', { path, code })
        return null
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        await drop(path, 'not valid JSON')
        return null
      }
      if (!isCacheFile(parsed, key)) {
        await drop(path, 'unexpected content')
        return null
      }
      if (!parse) return { fetchedAt: parsed.fetchedAt, data: parsed.data as T }
      try {
        return { fetchedAt: parsed.fetchedAt, data: parse(parsed.data) }
      } catch {
        await drop(path, 'data no longer matches the expected shape')
        return null
      }
    },

    async put(key, data, fetchedAt) {
      const path = fileFor(key)
      const file: CacheFile = {
        format: FORMAT,
        kind: key.kind,
        meetingUuid: key.meetingUuid,
        fetchedAt: (fetchedAt ?? now()).toISOString(),
        data
      }
      try {
        await fsp.mkdir(join(options.dir, key.profileId), { recursive: true, mode: 0o700 })
        await writeFileAtomic(path, JSON.stringify(file))
        return { stored: true }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
        logger.warn('Could not write meeting cache entry', { path, code })
        return { stored: false }
      }
    },

    async delete(key) {
      await fsp.rm(fileFor(key), { force: true })
    },

    async clear(profileId) {
      checkProfileId(profileId)
      await fsp.rm(join(options.dir, profileId), { recursive: true, force: true })
    }
  }
}

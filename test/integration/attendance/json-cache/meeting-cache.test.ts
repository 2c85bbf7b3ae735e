import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  createMeetingCache,
  type MeetingCacheKey
} from '../../../../src/main/attendance/json-cache/meeting-cache'
import { recordingLogger, useTempDirs } from '../../../support/storage/temp-settings'

const key: MeetingCacheKey = {
  profileId: 'profile-1',
  meetingUuid: '/ajXp112QmuoKj4854875==',
  kind: 'report-participants'
}
const participants = [{ name: 'Ana', email: 'ana@example.org', duration: 3600 }]
const fetchedAt = new Date('2026-11-20T10:00:00.000Z')

/** Every file in the cache folder, recursively, relative to it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('past-meeting cache', () => {
  const tempDir = useTempDirs()

  it('returns what was put, with fetchedAt, across instances', async () => {
    const dir = tempDir()
    await expect(createMeetingCache({ dir }).get(key)).resolves.toBeNull()
    await expect(createMeetingCache({ dir }).put(key, participants, fetchedAt)).resolves.toEqual({
      stored: true
    })
    await expect(createMeetingCache({ dir }).get(key)).resolves.toEqual({
      fetchedAt: '2026-11-20T10:00:00.000Z',
      data: participants
    })
  })

  it('keeps UUIDs that differ only by case, kinds and profiles apart', async () => {
    const cache = createMeetingCache({ dir: tempDir() })
    const lower = { ...key, meetingUuid: key.meetingUuid.toLowerCase() }
    const registrants = { ...key, kind: 'registrants' as const }
    const otherProfile = { ...key, profileId: 'profile-2' }
    await cache.put(key, 'upper')
    await cache.put(lower, 'lower')
    await cache.put(registrants, 'registrants')
    await cache.put(otherProfile, 'other')
    expect((await cache.get(key))?.data).toBe('upper')
    expect((await cache.get(lower))?.data).toBe('lower')
    expect((await cache.get(registrants))?.data).toBe('registrants')
    expect((await cache.get(otherProfile))?.data).toBe('other')
  })

  it('writes private files and leaves no temp files behind', async () => {
    const dir = tempDir()
    const cache = createMeetingCache({ dir })
    await Promise.all([cache.put(key, participants), cache.put(key, participants)])
    const files = filesIn(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/report-participants-[0-9a-f]{40}\.json$/)
    if (process.platform !== 'win32') expect(statSync(files[0]).mode & 0o777).toBe(0o600)
  })

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, 20)],
    ['an empty file', () => ''],
    ['another meeting in the file', (text: string) => text.replace(key.meetingUuid, 'other==')],
    ['a missing fetchedAt', (text: string) => text.replace('"fetchedAt"', '"fetched"')]
  ])('treats %s as a miss and removes the file', async (_label, damage) => {
    const dir = tempDir()
    const logger = recordingLogger()
    const cache = createMeetingCache({ dir, logger })
    await cache.put(key, participants)
    const [file] = filesIn(dir)
    writeFileSync(file, damage(readFileSync(file, 'utf8')))

    await expect(cache.get(key)).resolves.toBeNull()
    expect(filesIn(dir)).toEqual([])
    expect(logger.lines.map((line) => line.message)).toContain('Dropping meeting cache entry')
  })

  it('drops entries whose data no longer matches the expected shape', async () => {
    const cache = createMeetingCache({ dir: tempDir() })
    await cache.put(key, participants)
    const schema = z.array(z.object({ name: z.string(), duration: z.number() }))
    await expect(cache.get(key, (data) => schema.parse(data))).resolves.toMatchObject({
      data: [{ name: 'Ana', duration: 3600 }]
    })
    const stricter = z.array(z.object({ join_time: z.string() }))
    await expect(cache.get(key, (data) => stricter.parse(data))).resolves.toBeNull()
    await expect(cache.get(key)).resolves.toBeNull()
  })

  it('deletes one entry, or everything for one profile', async () => {
    const dir = tempDir()
    const cache = createMeetingCache({ dir })
    const detail = { ...key, kind: 'meeting-detail' as const }
    const otherProfile = { ...key, profileId: 'profile-2' }
    await Promise.all([cache.put(key, 1), cache.put(detail, 2), cache.put(otherProfile, 3)])

    await cache.delete(key)
    expect(await cache.get(key)).toBeNull()
    expect((await cache.get(detail))?.data).toBe(2)
    await cache.delete(key) // already gone: no error

    await cache.clear('profile-1')
    expect(await cache.get(detail)).toBeNull()
    expect((await cache.get(otherProfile))?.data).toBe(3)
  })

  it('reports a failed write instead of throwing', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'profile-1'), 'a file where the folder should be')
    const cache = createMeetingCache({ dir })
    await expect(cache.put(key, participants)).resolves.toEqual({ stored: false })
    await expect(cache.get(key)).resolves.toBeNull()
  })

  it('refuses profile ids that could escape the cache folder', async () => {
    const cache = createMeetingCache({ dir: tempDir() })
    await expect(cache.get({ ...key, profileId: '../elsewhere' })).rejects.toThrow(/profile id/)
    await expect(cache.clear('..')).rejects.toThrow(/profile id/)
  })
})

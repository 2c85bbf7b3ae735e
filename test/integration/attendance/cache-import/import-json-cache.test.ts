// The JSON meeting cache of earlier versions moves into the archive on first start: every complete
// instance is stored exactly as Zoom sent it, the files go only after a successful import, and
// the admin is told how many meetings were brought over.
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../src/shared/app-error'
import { openArchive, type Archive } from '../../../../src/main/archive'
import { importJsonCache } from '../../../../src/main/attendance/cache-import/import-json-cache'
import { computeInstanceAttendance } from '../../../../src/main/attendance/engine'
import { silentLogger } from '../../../../src/main/logging/logger'
import { archivePath, useTempFolder } from '../../../support/archive/temp-archive'

const fixtures = resolve(import.meta.dirname, '../../../fixtures/json-cache')
const profileA = '3f0c2a8e-5b1d-4c7a-9e21-7d4b8a6c1f01'
const profileB = '9a41d7c3-2e6f-4b80-8d15-c0e3f2a7b902'
const tempFolder = useTempFolder()

function fixtureEntry(
  profile: string,
  kindPrefix: string,
  uuid: string
): { data: unknown; fetchedAt: string } {
  for (const name of readdirSync(join(fixtures, profile)).filter((n) => n.startsWith(kindPrefix))) {
    const text = readFileSync(join(fixtures, profile, name), 'utf8')
    if (!text.endsWith('}')) continue // the damaged one
    const entry = JSON.parse(text)
    if (entry.meetingUuid === uuid) return entry
  }
  throw new Error(`no ${kindPrefix} fixture for ${uuid}`)
}

async function setUp(): Promise<{ cacheDir: string; archive: Archive }> {
  const folder = tempFolder()
  const cacheDir = join(folder, 'meeting-cache')
  cpSync(fixtures, cacheDir, { recursive: true })
  return { cacheDir, archive: await openArchive(archivePath(folder)) }
}

describe('importing the old JSON meeting cache', () => {
  it('stores every complete instance as it was kept, then removes the old files', async () => {
    const { cacheDir, archive } = await setUp()
    const result = await importJsonCache({ dir: cacheDir, archive, logger: silentLogger })
    expect(result.meetings).toBe(3)
    expect(result.notice).toEqual({
      kind: 'imported-cache',
      message: expect.stringMatching(
        /^3 meetings that Headcount kept from before were brought into the archive/
      )
    })

    const report = await archive.readInstance(profileA, '/ajXp112QmuoKj4854875==')
    const rows = fixtureEntry(profileA, 'report-participants', '/ajXp112QmuoKj4854875==')
    const registrants = fixtureEntry(profileA, 'registrants', '/ajXp112QmuoKj4854875==')
    const detail = fixtureEntry(profileA, 'meeting-detail', '/ajXp112QmuoKj4854875==')
    expect(report?.participants).toEqual(rows.data)
    expect(report?.registrants).toEqual((registrants.data as { registrants: unknown }).registrants)
    expect(report?.summary).toMatchObject({
      source: 'report',
      meetingId: '85746065432',
      topic: 'Volunteer onboarding',
      fetchedAtMs: Date.parse(detail.fetchedAt)
    })
    // The engine gives the same people from the archive as from the old files.
    const fromFiles = computeInstanceAttendance({
      meeting: (detail.data as { detail: object }).detail,
      participants: rows.data as object[],
      registrants: (registrants.data as { registrants: object[] }).registrants,
      source: 'report'
    })
    const fromArchive = computeInstanceAttendance({
      meeting: report!.detail,
      participants: report!.participants,
      registrants: report!.registrants,
      source: report!.source
    })
    expect(fromArchive.people).toEqual(fromFiles.people)

    const fallback = await archive.readInstance(profileA, 'Xq7+fallback/run==')
    expect(fallback?.summary).toMatchObject({ source: 'past-participants', hostZoomId: 'u-host-2' })
    expect(fallback?.registrants).toEqual([])
    expect(await archive.hasInstance(profileB, 'Other+profile==')).toBe(true)
    // Half an instance (no detail) and a damaged file held nothing to bring over.
    expect(await archive.hasInstance(profileA, 'half-written==')).toBe(false)
    expect((await archive.stats()).instances).toBe(3)

    expect(existsSync(join(cacheDir, profileA))).toBe(false)
    expect(existsSync(join(cacheDir, profileB))).toBe(false)
    // Not the cache's: the meeting creation counts stay.
    expect(readdirSync(cacheDir)).toEqual(['README.md', 'meeting-creations.json'])

    const again = await importJsonCache({ dir: cacheDir, archive, logger: silentLogger })
    expect(again).toEqual({ meetings: 0, removedFolders: [], notice: null })
    await archive.close()
  })

  it('keeps the files when the archive cannot take them, so the next start tries again', async () => {
    const { cacheDir, archive } = await setUp()
    const full: Archive = Object.create(archive, {
      importInstances: {
        value: () =>
          Promise.reject(new AppFailure({ code: 'storage', message: 'The disk is full.' }))
      }
    })
    const result = await importJsonCache({ dir: cacheDir, archive: full, logger: silentLogger })
    expect(result).toEqual({ meetings: 0, removedFolders: [], notice: null })
    expect(readdirSync(join(cacheDir, profileA))).toHaveLength(7)
    expect(readdirSync(join(cacheDir, profileB))).toHaveLength(3)
    const retried = await importJsonCache({ dir: cacheDir, archive, logger: silentLogger })
    expect(retried.meetings).toBe(3)
    await archive.close()
  })

  it('does nothing when there is no old cache', async () => {
    const folder = tempFolder()
    const archive = await openArchive(archivePath(folder))
    const result = await importJsonCache({
      dir: join(folder, 'never-made'),
      archive,
      logger: silentLogger
    })
    expect(result).toEqual({ meetings: 0, removedFolders: [], notice: null })
    await archive.close()
  })
})

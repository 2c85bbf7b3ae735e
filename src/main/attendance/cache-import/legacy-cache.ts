import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoreInstanceInput } from '../../archive'
import type { MeetingDetail, Registrant } from '../engine'
import { archiveInputOf } from '../fetch'

/**
 * Reads the JSON meeting cache that earlier versions kept (one folder per profile, one file per
 * instance and kind: `{format: 1, kind, meetingUuid, fetchedAt, data}`), so it can move into the
 * archive. Read-only: nothing here writes or deletes.
 */

/** Profile ids as the old cache named its folders. */
const profileFolder = /^[A-Za-z0-9_-]{1,64}$/
const cacheFile =
  /^(meeting-detail|report-participants|past-participants|registrants)-[0-9a-f]{40}\.json$/

interface Entry {
  kind: string
  meetingUuid: string
  fetchedAt: string
  data: unknown
}

export interface LegacyProfileCache {
  profileId: string
  folder: string
  /** Complete instances (detail, rows, registrants), ready for the archive. */
  instances: StoreInstanceInput[]
  /** Files that held nothing usable: damaged, or half of an instance. */
  unusable: number
}

/** Every profile folder of the old cache under `dir`; none when the folder does not exist. */
export async function readLegacyCache(dir: string): Promise<LegacyProfileCache[]> {
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const caches: LegacyProfileCache[] = []
  for (const folder of folders) {
    if (!folder.isDirectory() || !profileFolder.test(folder.name)) continue
    const path = join(dir, folder.name)
    const names = (await readdir(path)).filter((name) => cacheFile.test(name))
    if (names.length === 0) continue
    caches.push(await readProfile(folder.name, path, names))
  }
  return caches
}

async function readProfile(
  profileId: string,
  folder: string,
  names: string[]
): Promise<LegacyProfileCache> {
  const byUuid = new Map<string, Map<string, Entry>>()
  let unusable = 0
  for (const name of names) {
    const entry = parseEntry(await readFile(join(folder, name), 'utf8').catch(() => ''))
    if (!entry) {
      unusable++
      continue
    }
    const kinds = byUuid.get(entry.meetingUuid) ?? new Map<string, Entry>()
    kinds.set(entry.kind, entry)
    byUuid.set(entry.meetingUuid, kinds)
  }
  const instances: StoreInstanceInput[] = []
  for (const [uuid, kinds] of byUuid) {
    const input = instanceOf(profileId, uuid, kinds)
    if (input) instances.push(input)
    else unusable += kinds.size
  }
  return { profileId, folder, instances, unusable }
}

function parseEntry(text: string): Entry | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (!isObject(value) || value.format !== 1 || !('data' in value)) return null
  const { kind, meetingUuid, fetchedAt } = value
  if (typeof kind !== 'string' || typeof meetingUuid !== 'string' || meetingUuid === '') return null
  if (typeof fetchedAt !== 'string' || Number.isNaN(Date.parse(fetchedAt))) return null
  return { kind, meetingUuid, fetchedAt, data: value.data }
}

/**
 * The old cache wrote the detail last, so a detail entry means the rows beside it are complete.
 * Registrants were kept with their notes; a missing list means nobody registered.
 */
function instanceOf(
  profileId: string,
  uuid: string,
  kinds: Map<string, Entry>
): StoreInstanceInput | null {
  const detailEntry = kinds.get('meeting-detail')?.data
  if (!isObject(detailEntry) || !isObject(detailEntry.detail)) return null
  const source = detailEntry.source
  if (source !== 'report' && source !== 'past-participants') return null
  const rows = kinds.get(source === 'report' ? 'report-participants' : 'past-participants')?.data
  if (!Array.isArray(rows) || !rows.every(isObject)) return null
  const kept = kinds.get('registrants')?.data
  const registrants = isObject(kept) && Array.isArray(kept.registrants) ? kept.registrants : []
  const detail = { ...(detailEntry.detail as MeetingDetail), uuid }
  const input = archiveInputOf(
    { ref: uuid, detail, participants: rows, source, notes: notesOf(detailEntry) },
    {
      registrants: registrants.filter(isObject) as Registrant[],
      notes: notesOf(kept),
      series: null
    },
    { fetchedAt: new Date(kinds.get('meeting-detail')!.fetchedAt) }
  )
  return { ...input, account: profileId }
}

/** The plain remarks the cache kept beside the data. */
function notesOf(entry: unknown): string[] {
  if (!isObject(entry) || !Array.isArray(entry.notes)) return []
  return entry.notes.filter((note): note is string => typeof note === 'string')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

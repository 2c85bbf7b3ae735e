import { isCipherBackend } from './secret-cipher'
import type { RawSettings } from './settings-migrations'

/**
 * One profile's unusable secret record (not base64, an unknown password store, a broken date)
 * would make the schema refuse the whole file and cost every profile. Before the file is
 * opened, such a record is taken out alone and its profile is marked for the secret again.
 */

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i
const secretKeys = ['backend', 'ciphertext', 'savedAt']

function isRecord(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Mirrors the stored-secret rules in settings-schema.ts. */
function isUsableSecret(value: unknown): boolean {
  if (!isRecord(value)) return false
  const { ciphertext, backend, savedAt } = value
  return (
    Object.keys(value).sort().join() === secretKeys.join() &&
    typeof ciphertext === 'string' &&
    ciphertext.length <= 8192 &&
    BASE64.test(ciphertext) &&
    isCipherBackend(backend) &&
    typeof savedAt === 'string' &&
    ISO_INSTANT.test(savedAt) &&
    !Number.isNaN(Date.parse(savedAt))
  )
}

export interface SecretRepair {
  data: RawSettings
  /** Profiles whose secret was taken out; the admin is asked to enter it again. */
  profileIds: string[]
}

export function setAsideUnusableSecrets(data: RawSettings): SecretRepair {
  if (!Array.isArray(data.profiles)) return { data, profileIds: [] }
  const profileIds: string[] = []
  const profiles = data.profiles.map((profile: unknown) => {
    if (!isRecord(profile) || profile.secret === null || isUsableSecret(profile.secret)) {
      return profile
    }
    if (typeof profile.id === 'string') profileIds.push(profile.id)
    return { ...profile, secret: null }
  })
  return profileIds.length === 0
    ? { data, profileIds }
    : { data: { ...data, profiles }, profileIds }
}

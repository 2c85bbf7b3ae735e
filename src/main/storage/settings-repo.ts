import { AppFailure } from '../../shared/app-error'
import { fileWriteFailure } from '../files/file-error-sentences'
import type { SettingsData, StoredProfile } from './settings-schema'
import type { ConfLike } from './settings-store'

const SCHEMA_PREFIX = 'Config schema violation: '

/** conf says "`profiles/0/plan` must be equal to one of the allowed values; …". */
function schemaFields(message: string): { field: string; message: string }[] {
  return message
    .slice(SCHEMA_PREFIX.length)
    .split('; ')
    .map((part) => {
      const match = /^`([^`]*)` (.*)$/.exec(part)
      return match
        ? { field: match[1] || '(settings)', message: match[2] }
        : { field: '(settings)', message: part }
    })
}

/**
 * Whole-file reads and writes over conf. Every write is validated by conf's schema; a
 * violation becomes a plain-language AppFailure and leaves the file as it was.
 */
export interface SettingsRepo {
  readonly path: string
  read(): SettingsData
  /** `change` may edit the draft in place or return a replacement. */
  update(change: (draft: SettingsData) => SettingsData | void): SettingsData
}

export function createSettingsRepo(conf: ConfLike): SettingsRepo {
  function read(): SettingsData {
    try {
      return structuredClone(conf.store)
    } catch {
      throw new AppFailure({
        code: 'storage',
        message: "Headcount's settings file was changed outside the app and can no longer be read.",
        remedy: 'Restart Headcount; it will keep a copy of the damaged file and start fresh.'
      })
    }
  }
  return {
    get path() {
      return conf.path
    },
    read,
    update(change) {
      const draft = read()
      const next = change(draft) ?? draft
      try {
        conf.store = next
      } catch (error) {
        const message = error instanceof Error ? error.message : ''
        if (message.startsWith(SCHEMA_PREFIX)) {
          throw new AppFailure({
            code: 'invalid-input',
            message: 'Headcount could not save this change because some values are not allowed.',
            remedy: 'Nothing was changed. Check the values and try again.',
            details: { fields: schemaFields(message) }
          })
        }
        throw fileWriteFailure(error, conf.path, 'headcount')
      }
      return structuredClone(next)
    }
  }
}

/** The profile with this id, or the not-found failure the UI explains to the admin. */
export function findProfile(data: SettingsData, id: string): StoredProfile {
  const profile = data.profiles.find((candidate) => candidate.id === id)
  if (profile) return profile
  throw new AppFailure({
    code: 'not-found',
    message: 'That Zoom account profile no longer exists.',
    remedy: 'Choose another account or add it again.'
  })
}

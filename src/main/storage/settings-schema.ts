import type { Schema } from 'conf'
import { exportLayouts, zoomPlans } from '../../shared/settings/input-schemas'
import type { ExportLayout, ZoomPlan } from '../../shared/settings/input-schemas'
import { cipherBackends, type CipherBackend } from './secret-cipher'
import { defaultThresholdPercent } from '../../shared/attendance/defaults'

/** Bump when the file's shape changes, and add a step to settings-migrations.ts. */
export const SETTINGS_VERSION = 2

export { exportLayouts, zoomPlans }
export type { ExportLayout, ZoomPlan }

export const MAX_PROFILES = 50

/** Only safeStorage output and the backend that made it; never the secret itself. */
export type StoredSecret = {
  ciphertext: string
  backend: CipherBackend
  savedAt: string
}

export type StoredProfile = {
  id: string
  name: string
  accountId: string
  clientId: string
  plan: ZoomPlan
  /** The Zoom user the admin signs in as for this account, when known. */
  hostEmail: string | null
  secret: StoredSecret | null
  createdAt: string
}

export type ExportDefaults = {
  /** Percent of the meeting a person must attend to count as present. */
  attendanceThreshold: number
  /** IANA name; null means "use this computer's time zone". */
  timeZone: string | null
  layout: ExportLayout
}

/** Keep every archived meeting, or only those that started in the last N months. */
export type ArchiveRetention = { keep: 'forever' } | { keep: 'months'; months: number }

export type ArchiveSettings = {
  /** Sync saved accounts when Headcount opens and every `everyHours` while it stays open. */
  autoSync: boolean
  everyHours: number
  retention: ArchiveRetention
}

export type SettingsData = {
  version: number
  activeProfileId: string | null
  profiles: StoredProfile[]
  exportDefaults: ExportDefaults
  /** The admin chose to save secrets even where the OS offers only obfuscation. */
  allowWeakSecretStorage: boolean
  archive: ArchiveSettings
}

export const defaultExportDefaults: ExportDefaults = {
  attendanceThreshold: defaultThresholdPercent,
  timeZone: null,
  layout: 'one-row-per-person'
}

export const defaultArchiveSettings: ArchiveSettings = {
  autoSync: true,
  everyHours: 6,
  retention: { keep: 'forever' }
}

export function defaultSettings(): SettingsData {
  return {
    version: SETTINGS_VERSION,
    activeProfileId: null,
    profiles: [],
    exportDefaults: { ...defaultExportDefaults },
    allowWeakSecretStorage: false,
    archive: structuredClone(defaultArchiveSettings)
  }
}

const idSchema = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } as const
const timestampSchema = { type: 'string', format: 'date-time' } as const

const storedSecretSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['ciphertext', 'backend', 'savedAt'],
  properties: {
    ciphertext: {
      type: 'string',
      minLength: 1,
      maxLength: 8192,
      pattern: '^[A-Za-z0-9+/]+={0,2}$'
    },
    backend: { enum: [...cipherBackends] },
    savedAt: timestampSchema
  }
} as const

const profileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'accountId', 'clientId', 'plan', 'hostEmail', 'secret', 'createdAt'],
  properties: {
    id: idSchema,
    name: { type: 'string', minLength: 1, maxLength: 80 },
    accountId: { type: 'string', minLength: 1, maxLength: 128 },
    clientId: { type: 'string', minLength: 1, maxLength: 128 },
    plan: { enum: [...zoomPlans] },
    hostEmail: { anyOf: [{ type: 'null' }, { type: 'string', format: 'email', maxLength: 254 }] },
    secret: { anyOf: [{ type: 'null' }, storedSecretSchema] },
    createdAt: timestampSchema
  }
} as const

/** conf validates every read and write against this (ajv, draft 2020-12). */
export const settingsSchema: Schema<SettingsData> = {
  version: { type: 'integer', const: SETTINGS_VERSION },
  activeProfileId: { anyOf: [{ type: 'null' }, idSchema] },
  profiles: { type: 'array', maxItems: MAX_PROFILES, items: profileSchema },
  exportDefaults: {
    type: 'object',
    additionalProperties: false,
    required: ['attendanceThreshold', 'timeZone', 'layout'],
    properties: {
      attendanceThreshold: { type: 'integer', minimum: 0, maximum: 100 },
      timeZone: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 1, maxLength: 64 }] },
      layout: { enum: [...exportLayouts] }
    }
  },
  allowWeakSecretStorage: { type: 'boolean' },
  archive: {
    type: 'object',
    additionalProperties: false,
    required: ['autoSync', 'everyHours', 'retention'],
    properties: {
      autoSync: { type: 'boolean' },
      everyHours: { type: 'integer', minimum: 1, maximum: 168 },
      retention: {
        anyOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['keep'],
            properties: { keep: { const: 'forever' } }
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['keep', 'months'],
            properties: {
              keep: { const: 'months' },
              months: { type: 'integer', minimum: 1, maximum: 600 }
            }
          }
        ]
      }
    }
  }
}

/** Top-level rules: every key present, nothing else (keeps stray data out of the file). */
export const settingsRootSchema = {
  additionalProperties: false,
  required: [
    'version',
    'activeProfileId',
    'profiles',
    'exportDefaults',
    'allowWeakSecretStorage',
    'archive'
  ]
} as const

import {
  SETTINGS_VERSION,
  defaultArchiveSettings,
  defaultExportDefaults,
  zoomPlans,
  type ZoomPlan
} from './settings-schema'
import { isCipherBackend } from './secret-cipher'

/**
 * Our own versioned migrations. They run on the raw JSON before conf opens the file, because
 * conf validates against the *current* schema on open and its own migrations are documented
 * as buggy. Each step takes version N-1 data and returns version N data; never mutate input.
 */
export type RawSettings = Record<string, unknown>

export interface MigrationContext {
  newId(): string
  now(): Date
}

export interface MigrationStep {
  /** The version this step produces; it reads version `to - 1`. */
  to: number
  describe: string
  up(data: RawSettings, context: MigrationContext): RawSettings
}

export interface MigrationResult {
  data: RawSettings
  fromVersion: number
  toVersion: number
  changed: boolean
}

export class SettingsVersionError extends Error {
  constructor(
    readonly reason: 'newer-version' | 'bad-version' | 'not-an-object',
    detail: string
  ) {
    super(detail)
    this.name = 'SettingsVersionError'
  }
}

function isRecord(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

/** v0: the prototype kept one flat account and a few loose export options. */
const v0ToV1: MigrationStep = {
  to: 1,
  describe: 'one flat account becomes the first profile; export options grouped',
  up(data, context) {
    const accountId = text(data.accountId)
    const clientId = text(data.clientId)
    const profiles: RawSettings[] = []
    if (accountId && clientId) {
      const oldSecret = isRecord(data.clientSecret) ? data.clientSecret : null
      const ciphertext = text(oldSecret?.encrypted)
      const backend = oldSecret?.backend
      const plan = zoomPlans.includes(data.plan as ZoomPlan) ? data.plan : 'pro'
      profiles.push({
        id: context.newId(),
        name: text(data.accountName) ?? 'My Zoom account',
        accountId,
        clientId,
        plan,
        hostEmail: text(data.hostEmail),
        secret:
          ciphertext && isCipherBackend(backend)
            ? { ciphertext, backend, savedAt: context.now().toISOString() }
            : null,
        createdAt: context.now().toISOString()
      })
    }
    const threshold = data.threshold
    return {
      version: 1,
      activeProfileId: profiles.length > 0 ? profiles[0].id : null,
      profiles,
      exportDefaults: {
        attendanceThreshold:
          Number.isInteger(threshold) && (threshold as number) >= 0 && (threshold as number) <= 100
            ? threshold
            : defaultExportDefaults.attendanceThreshold,
        timeZone: text(data.timezone),
        layout: defaultExportDefaults.layout
      },
      allowWeakSecretStorage: data.allowWeakSecretStorage === true
    }
  }
}

/** v1 → v2: the attendance archive's settings, with the defaults (sync automatically, keep all). */
const v1ToV2: MigrationStep = {
  to: 2,
  describe: 'archive settings added with their defaults',
  up(data) {
    return { ...data, version: 2, archive: structuredClone(defaultArchiveSettings) }
  }
}

/** Ordered oldest first. To add v3: write `v2ToV3`, append it, bump SETTINGS_VERSION. */
export const settingsMigrations: readonly MigrationStep[] = [v0ToV1, v1ToV2]

/** Keys that only exist from v1 on: a file holding them without a version is not v0. */
const laterKeys = ['profiles', 'activeProfileId', 'exportDefaults']

export function versionOf(data: RawSettings): number {
  if (data.version === undefined) {
    // Reading a newer file as v0 would drop its profiles; set it aside instead.
    if (laterKeys.some((key) => key in data)) {
      throw new SettingsVersionError(
        'bad-version',
        'The settings file has lost its version number, so its layout cannot be known.'
      )
    }
    return 0
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 0) {
    throw new SettingsVersionError('bad-version', 'The settings file has no valid version number.')
  }
  return data.version
}

export function migrateSettings(
  raw: unknown,
  context: MigrationContext,
  steps: readonly MigrationStep[] = settingsMigrations,
  target: number = SETTINGS_VERSION
): MigrationResult {
  if (!isRecord(raw)) {
    throw new SettingsVersionError('not-an-object', 'The settings file does not hold an object.')
  }
  const fromVersion = versionOf(raw)
  if (fromVersion > target) {
    throw new SettingsVersionError(
      'newer-version',
      `The settings file is version ${fromVersion}; this app understands up to ${target}.`
    )
  }
  let data = raw
  for (let version = fromVersion + 1; version <= target; version++) {
    const step = steps.find((candidate) => candidate.to === version)
    if (!step) throw new Error(`No settings migration produces version ${version}.`)
    data = { ...step.up(data, context), version }
  }
  return { data, fromVersion, toVersion: target, changed: fromVersion !== target }
}

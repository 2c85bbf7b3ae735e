import { randomUUID } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Options } from 'conf'
import { AppFailure } from '../../shared/app-error'
import type { Logger } from '../logging/logger'
import { PRIVATE_FILE_MODE, fileTimestamp, writeFileAtomicSync } from '../files/atomic-file'
import {
  SettingsVersionError,
  migrateSettings,
  type MigrationContext,
  type MigrationResult
} from './settings-migrations'
import {
  defaultSettings,
  settingsRootSchema,
  settingsSchema,
  type SettingsData
} from './settings-schema'
import { resetNotice, type SettingsNotice, type SettingsResetReason } from './settings-notice'

/** The subset of conf options we pass; electron-store accepts the same object. */
export type ConfOptions = Pick<
  Options<SettingsData>,
  | 'projectName'
  | 'cwd'
  | 'schema'
  | 'rootSchema'
  | 'defaults'
  | 'configFileMode'
  | 'clearInvalidConfig'
>

/** What we use of a conf / electron-store instance: the whole-file getter and setter. */
export interface ConfLike {
  readonly path: string
  store: SettingsData
}

/** Electron passes `o => new ElectronStore(o)`; tests, CLI and preview pass `o => new Conf(o)`. */
export type CreateStore = (options: ConfOptions) => ConfLike

export interface OpenStoreOptions {
  dir: string
  createStore: CreateStore
  logger: Logger
  now?: () => Date
  newId?: () => string
}

export interface OpenStoreResult {
  store: ConfLike
  notice: SettingsNotice | null
  /** The file's version before this start, when a migration ran. */
  migratedFrom: number | null
}

export const SETTINGS_FILE_NAME = 'config.json'

export function settingsOptions(dir: string): ConfOptions {
  return {
    projectName: 'headcount',
    cwd: dir,
    schema: settingsSchema,
    rootSchema: settingsRootSchema,
    defaults: defaultSettings(),
    configFileMode: PRIVATE_FILE_MODE,
    // We back the file up ourselves instead of letting conf silently wipe it.
    clearInvalidConfig: false
  }
}

function isBadContentError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  return error.name === 'SyntaxError' || error.message.startsWith('Config schema violation')
}

function storageFailure(message: string): AppFailure {
  return new AppFailure({
    code: 'storage',
    message,
    remedy: 'Check that your user account can read and write that folder, then restart Headcount.'
  })
}

/**
 * Opens the settings file, migrating old versions first. A damaged, invalid or too-new file is
 * moved aside to `config.corrupt-<time>.json` and replaced by defaults; the caller shows the
 * returned notice. Permission and disk errors are not "corruption" and are thrown instead.
 */
export function openSettingsStore(options: OpenStoreOptions): OpenStoreResult {
  const { dir, createStore, logger } = options
  const now = options.now ?? (() => new Date())
  const path = join(dir, SETTINGS_FILE_NAME)
  try {
    mkdirSync(dir, { recursive: true })
  } catch {
    throw storageFailure(`Headcount could not create its settings folder at ${dir}.`)
  }

  let notice: SettingsNotice | null = null
  const prepared = migrateInPlace(path, { newId: options.newId ?? randomUUID, now }, logger)
  if (prepared.reset) notice = moveAside(path, prepared.reset, now(), logger)

  let store: ConfLike
  try {
    store = createStore(settingsOptions(dir))
  } catch (error) {
    if (!isBadContentError(error)) {
      throw storageFailure(`Headcount could not open its settings file in ${dir}.`)
    }
    notice = moveAside(path, 'invalid', now(), logger)
    try {
      store = createStore(settingsOptions(dir))
    } catch {
      throw storageFailure(`Headcount could not create a new settings file in ${dir}.`)
    }
  }
  restrictMode(store.path, logger)
  return { store, notice, migratedFrom: prepared.migratedFrom }
}

/** Brings an older file up to the current version on disk; says why it is unusable, if it is. */
function migrateInPlace(
  path: string,
  context: MigrationContext,
  logger: Logger
): { reset: SettingsResetReason | null; migratedFrom: number | null } {
  const text = readExisting(path)
  if (text === null) return { reset: null, migratedFrom: null }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { reset: 'unreadable', migratedFrom: null }
  }
  let result: MigrationResult
  try {
    result = migrateSettings(parsed, context)
  } catch (error) {
    return { reset: resetReasonFor(error), migratedFrom: null }
  }
  if (!result.changed) return { reset: null, migratedFrom: null }
  try {
    writeFileAtomicSync(path, JSON.stringify(result.data, undefined, '\t'))
  } catch {
    throw storageFailure(`Headcount could not update its settings file at ${path}.`)
  }
  logger.info('Settings migrated', { from: result.fromVersion, to: result.toVersion })
  return { reset: null, migratedFrom: result.fromVersion }
}

/** Renames the unusable file next to itself (never deletes it) and builds the admin's notice. */
function moveAside(
  path: string,
  reason: SettingsResetReason,
  when: Date,
  logger: Logger
): SettingsNotice {
  const dir = dirname(path)
  let backupPath = join(dir, `config.corrupt-${fileTimestamp(when)}.json`)
  for (let n = 2; existsSync(backupPath); n++) {
    backupPath = join(dir, `config.corrupt-${fileTimestamp(when)}-${n}.json`)
  }
  try {
    renameSync(path, backupPath)
  } catch {
    throw storageFailure(`Headcount could not move its damaged settings file aside in ${dir}.`)
  }
  logger.warn('Settings file could not be used; moved aside and starting fresh', {
    reason,
    backupPath
  })
  return resetNotice(reason, backupPath)
}

function resetReasonFor(error: unknown): SettingsResetReason {
  if (!(error instanceof SettingsVersionError)) return 'migration-failed'
  return error.reason === 'newer-version' ? 'newer-version' : 'invalid'
}

function readExisting(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw storageFailure(`Headcount could not read its settings file at ${path}.`)
  }
}

/** conf only applies the mode when it writes; an older, looser file is tightened here. */
function restrictMode(path: string, logger: Logger): void {
  if (process.platform === 'win32') return
  try {
    chmodSync(path, PRIVATE_FILE_MODE)
  } catch {
    logger.warn('Could not restrict settings file permissions', { path })
  }
}

import { randomUUID } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Options } from 'conf'
import { AppFailure } from '../../shared/app-error'
import type { Logger } from '../logging/logger'
import { PRIVATE_FILE_MODE, writeFileAtomicSync } from '../files/atomic-file'
import { fileWriteFailure } from '../files/file-error-sentences'
import { setAsideUnusableSecrets } from './secret-repair'
import { keepCopy, moveAside, storageFailure } from './settings-backups'
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
import type { SettingsNotice, SettingsResetReason } from './settings-notice'

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
  /** Profiles whose saved secret was unusable and was taken out; ask for it again. */
  secretsSetAside: string[]
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

/**
 * Opens the settings file, migrating old versions first and taking out unusable secrets one
 * profile at a time. A damaged, invalid or too-new file is
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
  const prepared = prepareOnDisk(path, { newId: options.newId ?? randomUUID, now }, logger)
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
  return {
    store,
    notice,
    migratedFrom: prepared.migratedFrom,
    secretsSetAside: notice ? [] : prepared.secretsSetAside
  }
}

interface Prepared {
  reset: SettingsResetReason | null
  migratedFrom: number | null
  secretsSetAside: string[]
}

/**
 * Brings an older file up to the current version on disk and takes out unusable secrets; says
 * why the file is unusable, if it is. Before any rewrite the exact old bytes are kept beside it.
 */
function prepareOnDisk(path: string, context: MigrationContext, logger: Logger): Prepared {
  const untouched: Prepared = { reset: null, migratedFrom: null, secretsSetAside: [] }
  const text = readExisting(path)
  if (text === null) return untouched
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ...untouched, reset: 'unreadable' }
  }
  let result: MigrationResult
  try {
    result = migrateSettings(parsed, context)
  } catch (error) {
    return { ...untouched, reset: resetReasonFor(error) }
  }
  const repair = setAsideUnusableSecrets(result.data)
  if (!result.changed && repair.profileIds.length === 0) return untouched
  const label = result.changed ? `before-v${result.toVersion}` : 'before-repair'
  const copyPath = keepCopy(path, text, label, context.now())
  try {
    writeFileAtomicSync(path, JSON.stringify(repair.data, undefined, '\t'))
  } catch (error) {
    throw fileWriteFailure(error, path, 'headcount')
  }
  if (result.changed) {
    logger.info('Settings migrated', { from: result.fromVersion, to: result.toVersion, copyPath })
  }
  if (repair.profileIds.length > 0) {
    logger.warn('Unusable saved secrets were set aside', {
      profileIds: repair.profileIds,
      copyPath
    })
  }
  return {
    reset: null,
    migratedFrom: result.changed ? result.fromVersion : null,
    secretsSetAside: repair.profileIds
  }
}

function resetReasonFor(error: unknown): SettingsResetReason {
  if (!(error instanceof SettingsVersionError)) return 'migration-failed'
  return error.reason === 'newer-version' ? 'newer-version' : 'invalid'
}

function readExisting(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    if (code === 'EISDIR') {
      throw new AppFailure({
        code: 'storage',
        message: `Headcount's settings file ${path} is a folder, not a file.`,
        remedy:
          'Move or rename that folder (keep it if it holds files you need), then start Headcount again.'
      })
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppFailure({
        code: 'storage',
        message: `Headcount is not allowed to read its settings file ${path}.`,
        remedy:
          'Give your user account permission to read and write that file, or move it away, then start Headcount again.'
      })
    }
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

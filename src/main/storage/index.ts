import { silentLogger, type Logger } from '../logging/logger'
import type { SecretCipher } from './secret-cipher'
import { createProfiles, type Profiles } from './profiles'
import { createSettings, type Settings } from './settings'
import type { SettingsNotice } from './settings-notice'
import { createSettingsRepo } from './settings-repo'
import { openSettingsStore, type CreateStore } from './settings-store'
import { createVault, type Vault } from './vault'

export interface OpenSettingsOptions {
  /** The folder for config.json (Electron: app.getPath('userData')). */
  dir: string
  /** Electron: `o => new ElectronStore(o)`; elsewhere `o => new Conf(o)`. */
  createStore: CreateStore
  /** Electron: the safeStorage adapter; CLI/preview: `unavailableCipher`. */
  cipher: SecretCipher
  logger?: Logger
  now?: () => Date
  newId?: () => string
}

export interface OpenedSettings {
  profiles: Profiles
  vault: Vault
  settings: Settings
  /** Non-null when the old settings file had to be set aside; show it to the admin once. */
  notice: SettingsNotice | null
}

/** Opens (and if needed migrates or repairs) the settings file and wires the storage modules. */
export function openSettings(options: OpenSettingsOptions): OpenedSettings {
  const logger = options.logger ?? silentLogger
  const { store, notice, secretsSetAside } = openSettingsStore({
    dir: options.dir,
    createStore: options.createStore,
    logger,
    now: options.now,
    newId: options.newId
  })
  const repo = createSettingsRepo(store)
  const vault = createVault({
    repo,
    cipher: options.cipher,
    logger,
    now: options.now,
    damagedSecrets: secretsSetAside
  })
  const profiles = createProfiles({ repo, vault, newId: options.newId, now: options.now })
  return { profiles, vault, settings: createSettings(repo), notice }
}

export type { CipherBackend, CipherStrength, SecretCipher } from './secret-cipher'
export { unavailableCipher } from './secret-cipher'
export type { ConfLike, ConfOptions, CreateStore } from './settings-store'
export type { SettingsNotice, SettingsResetReason } from './settings-notice'
export type {
  ArchiveRetention,
  ArchiveSettings,
  ExportDefaults,
  ExportLayout,
  ZoomPlan
} from './settings-schema'
export { defaultArchiveSettings } from './settings-schema'
export type { ProfileSummary, ProfileSaveResult } from './profiles'
export type { Profiles } from './profiles'
export type { Settings, SettingsView } from './settings'
export type {
  EncryptionStatus,
  SecretReadResult,
  SecretSaveResult,
  SecretState,
  SecretStatus,
  Vault
} from './vault'

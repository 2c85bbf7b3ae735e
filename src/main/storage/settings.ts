import { exportDefaultsPatchSchema, parseInput } from '../../shared/settings/input-schemas'
import type { SettingsRepo } from './settings-repo'
import type { ArchiveSettings, ExportDefaults } from './settings-schema'

/** The non-secret settings the UI shows; profiles and secrets have their own modules. */
export interface SettingsView {
  activeProfileId: string | null
  exportDefaults: ExportDefaults
  allowWeakSecretStorage: boolean
  /** Where the settings file lives, for support and the "show in folder" button. */
  filePath: string
}

export interface Settings {
  get(): SettingsView
  exportDefaults(): ExportDefaults
  /** Accepts a partial change from the UI or CLI; unknown keys are ignored. */
  updateExportDefaults(patch: unknown): ExportDefaults
  /** How saved accounts are synced into the archive and how long it keeps meetings. */
  archive(): ArchiveSettings
  /** The change was checked by the IPC contract; the file's schema checks it again. */
  updateArchive(patch: Partial<ArchiveSettings>): ArchiveSettings
}

export function createSettings(repo: SettingsRepo): Settings {
  return {
    get() {
      const data = repo.read()
      return {
        activeProfileId: data.activeProfileId,
        exportDefaults: data.exportDefaults,
        allowWeakSecretStorage: data.allowWeakSecretStorage,
        filePath: repo.path
      }
    },
    exportDefaults: () => repo.read().exportDefaults,
    updateExportDefaults(patch) {
      const change = parseInput(exportDefaultsPatchSchema, patch)
      return repo.update((draft) => {
        draft.exportDefaults = { ...draft.exportDefaults, ...change }
      }).exportDefaults
    },
    archive: () => repo.read().archive,
    updateArchive(patch) {
      const known: Partial<ArchiveSettings> = {
        ...(patch.autoSync === undefined ? {} : { autoSync: patch.autoSync }),
        ...(patch.everyHours === undefined ? {} : { everyHours: patch.everyHours }),
        ...(patch.retention === undefined ? {} : { retention: patch.retention })
      }
      return repo.update((draft) => {
        draft.archive = { ...draft.archive, ...known }
      }).archive
    }
  }
}

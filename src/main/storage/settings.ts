import { exportDefaultsPatchSchema, parseInput } from '../../shared/settings/input-schemas'
import type { SettingsRepo } from './settings-repo'
import type { ExportDefaults } from './settings-schema'

/** The non-secret settings the UI shows; profiles and secrets have their own modules. */
export interface SettingsView {
  activeProfileId: string | null
  exportDefaults: ExportDefaults
  allowWeakSecretStorage: boolean
  /** Where the settings file lives, for support and the "show in folder" button. */
  filePath: string
}

export class Settings {
  constructor(private readonly repo: SettingsRepo) {}

  get(): SettingsView {
    const data = this.repo.read()
    return {
      activeProfileId: data.activeProfileId,
      exportDefaults: data.exportDefaults,
      allowWeakSecretStorage: data.allowWeakSecretStorage,
      filePath: this.repo.path
    }
  }

  exportDefaults(): ExportDefaults {
    return this.repo.read().exportDefaults
  }

  /** Accepts a partial change from the UI or CLI; unknown keys are ignored. */
  updateExportDefaults(patch: unknown): ExportDefaults {
    const change = parseInput(exportDefaultsPatchSchema, patch)
    return this.repo.update((draft) => {
      draft.exportDefaults = { ...draft.exportDefaults, ...change }
    }).exportDefaults
  }
}

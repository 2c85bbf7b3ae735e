import type { Settings } from '../../storage'
import type { DomainHandlers } from '../router'

/** The saved display choices: the time zone of every time on screen and in files, and more. */
export function createSettingsHandlers(settings: Settings): DomainHandlers<'settings'> {
  return {
    'settings:get': async () => settings.exportDefaults(),
    'settings:update': async (patch) => settings.updateExportDefaults(patch)
  }
}

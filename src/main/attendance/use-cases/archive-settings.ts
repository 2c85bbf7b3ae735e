/**
 * The archive settings an account syncs by: saved accounts share the ones in the settings
 * file; the demo keeps its own for this run only, with automatic sync off, because its data is
 * made anew each time and should never sync on its own.
 */
import type { ArchiveSettings as Shown } from '../../../shared/ipc/contracts/archive-contract'
import type { ArchiveSettings, Settings } from '../../storage'

export const DEMO_ACCOUNT = 'demo'

export interface ArchiveSettingsStore {
  get(account: string | null): Shown
  update(account: string | null, patch: Partial<Shown>): Shown
}

export function createArchiveSettingsStore(
  settings: Pick<Settings, 'archive' | 'updateArchive'>
): ArchiveSettingsStore {
  let demo: ArchiveSettings | null = null
  const demoSettings = (): ArchiveSettings => (demo ??= { ...settings.archive(), autoSync: false })
  return {
    get: (account) => (account === DEMO_ACCOUNT ? demoSettings() : settings.archive()),
    update(account, patch) {
      if (account !== DEMO_ACCOUNT) return settings.updateArchive(patch)
      demo = { ...demoSettings(), ...patch }
      return demo
    }
  }
}

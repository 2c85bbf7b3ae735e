import { create } from 'zustand'
import type { DisplaySettings } from '@shared/ipc/contracts/settings-contract'
import { computerZone, setDisplayZone } from '../lib/format'
import { idleRequest, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'

/**
 * The saved display choices, above all the one time zone every time on screen and in every
 * file uses (null = this computer's). Changing it re-renders the window (AppShell listens).
 */
interface DisplayStore {
  settings: RequestState<DisplaySettings>
  /** The zone in use now: the saved one, or the computer's. */
  zone: string
  /** Zones picked during this run, newest first: the picker offers them near the top. */
  recentZones: string[]
  load(): Promise<void>
  /** A zone name, or null for "this computer's zone". */
  setZone(zone: string | null): Promise<void>
}

export const useDisplayStore = create<DisplayStore>((set, get) => {
  const settings = storeSlot(set, get, 'settings')
  const apply = (saved: DisplaySettings | null): void => {
    set({ zone: saved?.timeZone ?? computerZone })
  }
  return {
    settings: idleRequest(),
    zone: computerZone,
    recentZones: [],
    load: async () => {
      apply(await settings.run((api) => api.settings.get()))
    },
    setZone: async (zone) => {
      const before = get().settings.data
      const shown = zone ?? computerZone
      // Shown at once; the saved setting follows (and is put back if saving fails).
      set({ zone: shown, recentZones: [shown, ...get().recentZones.filter((z) => z !== shown)] })
      const saved = await settings.run((api) => api.settings.update({ timeZone: zone }))
      if (saved) apply(saved)
      else apply(before)
    }
  }
})

// The formatters read the zone from here, so every time drawn after a change uses it.
useDisplayStore.subscribe((state) => setDisplayZone(state.zone))

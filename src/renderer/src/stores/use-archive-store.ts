/**
 * The attendance archive as the window sees it: what is archived, the sync under way (started
 * here or automatically), and the admin's requests to sync, change settings, back up, restore,
 * forget and dismiss notices. Each request has its own slot, so its answer or error shows next
 * to the button that asked.
 */
import { create } from 'zustand'
import type { InvokeOutput } from '@shared/ipc/contract'
import type {
  ArchiveSettings,
  ArchiveStatus,
  SyncSummary
} from '@shared/ipc/contracts/archive-contract'
import { idleRequest, keyedSlots, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'
import { newJobId, useJobsStore } from './use-jobs-store'

export type SettingsPart = 'auto-sync' | 'retention'

/** A sync main is running; `automatic` when the window did not ask for it. */
export interface RunningSync {
  jobId: string
  automatic: boolean
}

interface ArchiveStore {
  status: RequestState<ArchiveStatus>
  running: RunningSync | null
  /** The window's own sync request: its summary, or why it could not run. */
  sync: RequestState<SyncSummary>
  /** One save per settings form, so an error shows under the form that saved. */
  settings: Partial<Record<SettingsPart, RequestState<ArchiveSettings>>>
  backUp: RequestState<InvokeOutput<'archive:back-up'>>
  restore: RequestState<InvokeOutput<'archive:restore'>>
  forget: RequestState<InvokeOutput<'archive:forget-account'>>
  dismiss: RequestState<InvokeOutput<'archive:dismiss-notices'>>
  load(): Promise<void>
  startSync(): Promise<void>
  cancelSync(): Promise<void>
  /** Main heard of a sync (its event, or the status after start-up). */
  syncStarted(sync: RunningSync): void
  /** The sync with this job id ended; reads the status again for its summary. */
  syncEnded(jobId: string): Promise<void>
  saveSettings(part: SettingsPart, patch: Partial<ArchiveSettings>): Promise<boolean>
  backUpArchive(): Promise<void>
  restoreArchive(): Promise<void>
  forgetAccount(id: string): Promise<void>
  dismissNotices(): Promise<void>
}

export const useArchiveStore = create<ArchiveStore>((set, get) => {
  const status = storeSlot(set, get, 'status')
  const sync = storeSlot(set, get, 'sync')
  const settings = keyedSlots<ArchiveSettings>(
    (part) => get().settings[part as SettingsPart],
    (part, next) => set((state) => ({ settings: { ...state.settings, [part]: next } }))
  )
  const backUp = storeSlot(set, get, 'backUp')
  const restore = storeSlot(set, get, 'restore')
  const forget = storeSlot(set, get, 'forget')
  const dismiss = storeSlot(set, get, 'dismiss')

  return {
    status: idleRequest(),
    running: null,
    sync: idleRequest(),
    settings: {},
    backUp: idleRequest(),
    restore: idleRequest(),
    forget: idleRequest(),
    dismiss: idleRequest(),
    load: async () => {
      const found = await status.run((api) => api.archive.getStatus())
      if (!found) return
      // A sync that began before the window was listening (on start-up) shows from here.
      if (found.running && get().running?.jobId !== found.running.jobId) {
        set({ running: { jobId: found.running.jobId, automatic: true } })
      }
      if (!found.running && get().running && get().sync.status !== 'loading') set({ running: null })
    },
    startSync: async () => {
      if (get().running) return
      const jobId = newJobId()
      set({ running: { jobId, automatic: false } })
      await sync.run((api) => api.archive.sync({ jobId }), { keepData: false })
      if (get().running?.jobId === jobId) set({ running: null })
      await get().load()
    },
    cancelSync: async () => {
      const running = get().running
      if (running) await useJobsStore.getState().cancel(running.jobId)
    },
    syncStarted: (started) => {
      if (get().running?.jobId === started.jobId) return
      set({ running: started })
    },
    syncEnded: async (jobId) => {
      // The window's own sync ends when its request answers; startSync reads the status then.
      if (get().running?.jobId !== jobId || !get().running?.automatic) return
      set({ running: null })
      await get().load()
    },
    saveSettings: async (part, patch) => {
      const saved = await settings.slot(part).run((api) => api.archive.updateSettings(patch))
      if (!saved) return false
      const shown = get().status.data
      if (shown) status.setData({ ...shown, settings: saved })
      return true
    },
    backUpArchive: async () => {
      await backUp.run((api) => api.archive.backUp(), { keepData: false })
    },
    restoreArchive: async () => {
      const restored = await restore.run((api) => api.archive.restore({ confirmed: true }), {
        keepData: false
      })
      if (restored?.restored) await get().load()
    },
    forgetAccount: async (id) => {
      const forgotten = await forget.run(
        (api) => api.archive.forgetAccount({ id, confirmed: true }),
        { keepData: false }
      )
      if (forgotten) await get().load()
    },
    dismissNotices: async () => {
      const dismissed = await dismiss.run((api) => api.archive.dismissNotices())
      const shown = get().status.data
      if (dismissed && shown) status.setData({ ...shown, notices: [] })
    }
  }
})

/** True while a sync runs, from any source: the Sync button waits for it. */
export const selectSyncing = (store: ArchiveStore): boolean => store.running !== null

import { create } from 'zustand'
import type { InvokeOutput } from '@shared/ipc/contract'
import { idleRequest, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'

type AppInfo = InvokeOutput<'app:get-info'>

/** The app's name, version and shell, read once at start-up. */
interface AppInfoState {
  info: RequestState<AppInfo>
  load(): Promise<void>
}

export const useAppInfoStore = create<AppInfoState>((set, get) => {
  const info = storeSlot(set, get, 'info')
  return {
    info: idleRequest(),
    load: async () => {
      await info.run((api) => api.app.getInfo())
    }
  }
})

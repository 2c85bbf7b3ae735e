import { create } from 'zustand'
import type { AppError } from '@shared/app-error'
import type { InvokeOutput } from '@shared/ipc/contract'
import { request } from '../lib/bridge'

type AppInfo = InvokeOutput<'app:get-info'>

interface AppInfoState {
  info: AppInfo | null
  error: AppError | null
  load(): Promise<void>
}

export const useAppInfoStore = create<AppInfoState>((set) => ({
  info: null,
  error: null,
  load: async () => {
    const result = await request((api) => api.app.getInfo())
    if (result.ok) set({ info: result.data, error: null })
    else set({ error: result.error })
  }
}))

import { create } from 'zustand'
import type { AppError } from '@shared/app-error'
import type {
  AccountsState,
  FeatureCheck,
  SecretOutcome
} from '@shared/ipc/contracts/accounts-contract'
import type { InvokeInput } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { bridge, request } from '../lib/bridge'
import type { HeadcountApi } from '@shared/ipc/bridge-api'

type Busy =
  | null
  | 'loading'
  | 'saving'
  | 'connecting'
  | 'testing'
  | 'signing-in'
  | 'signing-out'
  | 'forgetting'
  | 'demo'

interface AccountsStore {
  state: AccountsState | null
  busy: Busy
  error: AppError | null
  /** What happened to the last secret entered, in plain words. */
  secretOutcome: SecretOutcome | null
  features: FeatureCheck[] | null
  /** Set when Zoom stopped accepting the sign-in during work; cleared by a good test. */
  expired: { message: string; remedy: string } | null
  load(): Promise<void>
  create(form: InvokeInput<'accounts:create'>): Promise<boolean>
  setSecret(id: string, clientSecret: string): Promise<boolean>
  connect(id: string): Promise<void>
  testConnection(): Promise<void>
  signInHost(email: string): Promise<boolean>
  signOut(): Promise<void>
  forget(id: string): Promise<void>
  startDemo(): Promise<void>
  allowWeakStorage(allow: boolean): Promise<void>
  dismissNotice(): Promise<void>
  clearError(): void
}

export const useAccountsStore = create<AccountsStore>((set, get) => {
  /** Runs one request with a busy flag; on failure keeps the error for the view to show. */
  async function run<T>(
    busy: Busy,
    call: (api: HeadcountApi) => Promise<IpcResult<T>>
  ): Promise<T | null> {
    set({ busy, error: null })
    const result = await request(call)
    set({ busy: null })
    if (!result.ok) {
      set({ error: result.error })
      return null
    }
    return result.data
  }

  async function refresh(): Promise<void> {
    const result = await request((api) => api.accounts.getState())
    if (result.ok) set({ state: result.data })
  }

  return {
    state: null,
    busy: null,
    error: null,
    secretOutcome: null,
    features: null,
    expired: null,
    load: async () => {
      const state = await run('loading', (api) => api.accounts.getState())
      if (state) set({ state })
    },
    create: async (form) => {
      const saved = await run('saving', (api) => api.accounts.create(form))
      if (!saved) return false
      set({ secretOutcome: saved.secret })
      await refresh()
      // A new account is ready to use straight away.
      await get().connect(saved.profile.id)
      return true
    },
    setSecret: async (id, clientSecret) => {
      const outcome = await run('saving', (api) => api.accounts.setSecret({ id, clientSecret }))
      if (!outcome) return false
      set({ secretOutcome: outcome })
      await refresh()
      return true
    },
    connect: async (id) => {
      set({ features: null, expired: null })
      await run('connecting', (api) => api.accounts.connect({ id }))
      await refresh()
    },
    testConnection: async () => {
      set({ features: null })
      const tested = await run('testing', (api) => api.accounts.testConnection())
      if (tested) set({ features: tested.features, expired: null })
    },
    signInHost: async (email) => {
      const connection = await run('signing-in', (api) => api.accounts.signInHost({ email }))
      await refresh()
      return connection !== null
    },
    signOut: async () => {
      await run('signing-out', (api) => api.accounts.signOut())
      set({ features: null })
      await refresh()
    },
    forget: async (id) => {
      const state = await run('forgetting', (api) => api.accounts.forget({ id, confirmed: true }))
      if (state) set({ state, features: null, secretOutcome: null })
    },
    startDemo: async () => {
      await run('demo', (api) => api.demo.start())
      set({ features: null, expired: null })
      await refresh()
    },
    allowWeakStorage: async (allow) => {
      await run('saving', (api) => api.accounts.allowWeakStorage({ allow }))
      await refresh()
    },
    dismissNotice: async () => {
      await request((api) => api.accounts.dismissNotice())
      await refresh()
    },
    clearError: () => set({ error: null })
  }
})

let following = false

/** Hears main's auth:expired event once for the whole window. */
export function followAuthExpiry(): void {
  const api = bridge()
  if (following || !api) return
  following = true
  api.auth.onExpired((expired) => useAccountsStore.setState({ expired }))
}

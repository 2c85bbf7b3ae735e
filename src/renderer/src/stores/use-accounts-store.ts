import { create } from 'zustand'
import type {
  AccountsState,
  FeatureCheck,
  SecretOutcome
} from '@shared/ipc/contracts/accounts-contract'
import type { HeadcountApi } from '@shared/ipc/bridge-api'
import type { InvokeInput } from '@shared/ipc/contract'
import { bridge, request } from '../lib/bridge'
import { idleRequest, storeSlot } from '../lib/request-state'
import type { BridgeCall, RequestState } from '../lib/request-state'

/** What the Accounts screen can be busy doing; one at a time, named for button labels. */
export type AccountAction =
  | 'loading'
  | 'saving'
  | 'connecting'
  | 'testing'
  | 'signing-in'
  | 'signing-out'
  | 'forgetting'
  | 'demo'
  | 'dismissing'

interface AccountsStore {
  /** Main's accounts state, and the action in progress (`kind`) or the last one's error. */
  account: RequestState<AccountsState, AccountAction>
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
  /** Removes a saved account; its archived attendance stays unless `keepArchive` is false. */
  forget(id: string, keepArchive?: boolean): Promise<void>
  startDemo(): Promise<void>
  allowWeakStorage(allow: boolean): Promise<void>
  dismissNotice(): Promise<void>
}

export const useAccountsStore = create<AccountsStore>((set, get) => {
  const account = storeSlot(set, get, 'account')

  /**
   * Runs one action, then reads main's state again so the screen shows what main now holds.
   * Resolves to the action's answer, or null if it failed (the error is in `account`).
   */
  async function act<T>(kind: AccountAction, call: BridgeCall<T>): Promise<T | null> {
    const answer: { value?: T } = {}
    const state = await account.run(
      async (api) => {
        const result = await call(api)
        if (!result.ok) return result
        answer.value = result.data
        return api.accounts.getState()
      },
      { kind }
    )
    if (state !== null) return answer.value ?? null
    // A refused action may still have changed main's state (a connection that failed its check).
    if (get().account.status === 'error') {
      const fresh = await request((api) => api.accounts.getState())
      if (fresh.ok) account.setData(fresh.data)
    }
    return null
  }

  return {
    account: idleRequest(),
    secretOutcome: null,
    features: null,
    expired: null,
    load: async () => {
      await account.run((api) => api.accounts.getState(), { kind: 'loading' })
    },
    create: async (form) => {
      const saved = await act('saving', (api) => api.accounts.create(form))
      if (!saved) return false
      set({ secretOutcome: saved.secret })
      // A new account is ready to use straight away.
      await get().connect(saved.profile.id)
      return true
    },
    setSecret: async (id, clientSecret) => {
      const outcome = await act('saving', (api) => api.accounts.setSecret({ id, clientSecret }))
      if (!outcome) return false
      set({ secretOutcome: outcome })
      return true
    },
    connect: async (id) => {
      set({ features: null, expired: null })
      await act('connecting', (api) => api.accounts.connect({ id }))
    },
    testConnection: async () => {
      set({ features: null })
      const tested = await act('testing', (api) => api.accounts.testConnection())
      if (tested) set({ features: tested.features, expired: null })
    },
    signInHost: async (email) =>
      (await act('signing-in', (api) => api.accounts.signInHost({ email }))) !== null,
    signOut: async () => {
      await act('signing-out', (api) => api.accounts.signOut())
      set({ features: null })
    },
    forget: async (id, keepArchive = true) => {
      const forgotten = await act('forgetting', (api) =>
        api.accounts.forget({ id, confirmed: true, keepArchive })
      )
      if (forgotten) set({ features: null, secretOutcome: null })
    },
    startDemo: async () => {
      await act('demo', (api) => api.demo.start())
      set({ features: null, expired: null })
    },
    allowWeakStorage: async (allow) => {
      await act('saving', (api) => api.accounts.allowWeakStorage({ allow }))
    },
    dismissNotice: async () => {
      await act('dismissing', (api) => api.accounts.dismissNotice())
    }
  }
})

/** The action in progress, or null: buttons are disabled while one runs. */
export const selectBusy = (store: AccountsStore): AccountAction | null =>
  store.account.status === 'loading' ? (store.account.kind ?? 'loading') : null

let followed: HeadcountApi | null = null

/** Hears main's auth:expired event once per bridge, for the whole window. */
export function followAuthExpiry(): void {
  const api = bridge()
  if (!api || followed === api) return
  followed = api
  api.auth.onExpired((expired) => useAccountsStore.setState({ expired }))
}

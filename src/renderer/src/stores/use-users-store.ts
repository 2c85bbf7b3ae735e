import { create } from 'zustand'
import type { AppError } from '@shared/app-error'
import type { NewUserInput } from '@shared/admin/user-input'
import type {
  UserDetail,
  UserRow,
  UserStatusName
} from '@shared/ipc/contracts/users-contract'
import { request } from '../lib/bridge'
import { useAccountsStore } from './use-accounts-store'

interface UsersStore {
  /** One list per tab, loaded when first shown. */
  lists: Partial<Record<UserStatusName, UserRow[]>>
  loading: UserStatusName | null
  listError: AppError | null
  detail: UserDetail | null
  detailError: AppError | null
  creating: boolean
  createError: AppError | null
  /** What happens next after the last user was added, in plain words. */
  createdMessage: string | null
  load(status: UserStatusName, force?: boolean): Promise<void>
  select(row: UserRow | null): Promise<void>
  create(input: NewUserInput): Promise<boolean>
  clearCreateResult(): void
  /** After users were added elsewhere (bulk add), lists are read again when next shown. */
  invalidate(): void
}

export const useUsersStore = create<UsersStore>((set, get) => ({
  lists: {},
  loading: null,
  listError: null,
  detail: null,
  detailError: null,
  creating: false,
  createError: null,
  createdMessage: null,
  load: async (status, force = false) => {
    if (!force && get().lists[status]) return
    set({ loading: status, listError: null })
    const result = await request((api) => api.users.list({ status }))
    set({ loading: null })
    if (!result.ok) return set({ listError: result.error })
    set((state) => ({ lists: { ...state.lists, [status]: result.data.users } }))
  },
  select: async (row) => {
    set({ detail: null, detailError: null })
    if (!row) return
    // Pending users have no id and Zoom may refuse to look them up: show what the list knows.
    const fallback: UserDetail = {
      ...row,
      roleName: null,
      jobTitle: null,
      personalMeetingUrl: null,
      verified: null
    }
    set({ detail: fallback })
    if (row.status === 'pending') return
    const result = await request((api) => api.users.get({ idOrEmail: row.id ?? row.email }))
    if (get().detail?.email !== row.email) return
    if (result.ok) set({ detail: result.data })
    else set({ detailError: result.error })
  },
  create: async (input) => {
    if (get().creating) return false
    set({ creating: true, createError: null, createdMessage: null })
    const result = await request((api) => api.users.create(input))
    set({ creating: false })
    if (!result.ok) {
      set({ createError: result.error })
      return false
    }
    set({ createdMessage: result.data.message })
    get().invalidate()
    return true
  },
  clearCreateResult: () => set({ createError: null, createdMessage: null }),
  invalidate: () => set({ lists: {} })
}))

/** Lists belong to one Zoom account: switching account (or to the demo) drops them. */
function connectionKey(state: ReturnType<typeof useAccountsStore.getState>): string {
  const connection = state.state?.connection
  return connection ? `${connection.mode}:${connection.profileId ?? ''}` : ''
}

useAccountsStore.subscribe((state, previous) => {
  if (connectionKey(state) !== connectionKey(previous)) {
    useUsersStore.setState({ lists: {}, detail: null, detailError: null, listError: null })
  }
})

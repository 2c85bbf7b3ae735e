import { create } from 'zustand'
import type { NewUserInput } from '@shared/admin/user-input'
import type { InvokeOutput } from '@shared/ipc/contract'
import type { UserDetail, UserRow, UserStatusName } from '@shared/ipc/contracts/users-contract'
import { idleRequest, keyedSlots, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'
import { useAccountsStore } from './use-accounts-store'

type Created = InvokeOutput<'users:create'>

/** The account's users: one list per tab, the chosen user's details, and adding one user. */
interface UsersStore {
  /** One list per tab, loaded when first shown. */
  lists: Partial<Record<UserStatusName, RequestState<UserRow[]>>>
  detail: RequestState<UserDetail>
  /** The last user added; its data says what happens next, in plain words. */
  creation: RequestState<Created>
  load(status: UserStatusName, force?: boolean): Promise<void>
  select(row: UserRow | null): Promise<void>
  create(input: NewUserInput): Promise<boolean>
  clearCreateResult(): void
  /** After users were added elsewhere (bulk add), lists are read again when next shown. */
  invalidate(): void
  /** Drops everything (and every answer on its way): the window switched Zoom account. */
  forgetAll(): void
}

export const useUsersStore = create<UsersStore>((set, get) => {
  const lists = keyedSlots<UserRow[]>(
    (status) => get().lists[status as UserStatusName],
    (status, next) => set((state) => ({ lists: { ...state.lists, [status]: next } }))
  )
  const detail = storeSlot(set, get, 'detail')
  const creation = storeSlot(set, get, 'creation')
  return {
    lists: {},
    detail: idleRequest(),
    creation: idleRequest(),
    load: async (status, force = false) => {
      const current = get().lists[status]
      // Loaded, on its way, or failed (shown until the next account switch or invalidate).
      if (!force && current && (current.data || current.status !== 'idle')) return
      await lists.slot(status).run(async (api) => {
        const result = await api.users.list({ status })
        return result.ok ? { ok: true, data: result.data.users } : result
      })
    },
    select: async (row) => {
      if (!row) return detail.reset()
      // Pending users have no id and Zoom may refuse to look them up: show what the list knows.
      detail.reset({
        ...row,
        roleName: null,
        jobTitle: null,
        personalMeetingUrl: null,
        verified: null
      })
      if (row.status === 'pending') return
      await detail.run((api) => api.users.get({ idOrEmail: row.id ?? row.email }))
    },
    create: async (input) => {
      if (get().creation.status === 'loading') return false
      const created = await creation.run((api) => api.users.create(input), { keepData: false })
      if (!created) return false
      get().invalidate()
      return true
    },
    clearCreateResult: () => creation.reset(),
    invalidate: () => {
      lists.resetAll()
      set({ lists: {} })
    },
    forgetAll: () => {
      lists.resetAll()
      detail.reset()
      set({ lists: {} })
    }
  }
})

/** Lists belong to one Zoom account: switching account (or to the demo) drops them. */
function connectionKey(state: ReturnType<typeof useAccountsStore.getState>): string {
  const connection = state.account.data?.connection
  return connection ? `${connection.mode}:${connection.profileId ?? ''}` : ''
}

useAccountsStore.subscribe((state, previous) => {
  if (connectionKey(state) !== connectionKey(previous)) useUsersStore.getState().forgetAll()
})

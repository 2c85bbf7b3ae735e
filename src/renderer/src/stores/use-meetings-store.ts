import { create } from 'zustand'
import type { AppError } from '@shared/app-error'
import type { PastMeeting } from '@shared/ipc/contracts/past-meetings-contract'
import type { MeetingListItem } from '@shared/ipc/contracts/meetings-list-contract'
import { request } from '../lib/bridge'
import { daysAgo } from '../lib/days'

export type MeetingsTab = 'upcoming' | 'scheduled' | 'past'

interface MeetingsStore {
  host: string
  tab: MeetingsTab
  search: string
  from: string
  to: string
  upcoming: MeetingListItem[] | null
  scheduled: MeetingListItem[] | null
  past: PastMeeting[] | null
  notes: string[]
  loading: boolean
  error: AppError | null
  setHost(host: string): void
  setTab(tab: MeetingsTab): void
  setSearch(search: string): void
  setRange(from: string, to: string): void
  load(): Promise<void>
}

export const useMeetingsStore = create<MeetingsStore>((set, get) => ({
  host: '',
  tab: 'past',
  search: '',
  // The last 30 days by default: most admins look at the latest sessions.
  from: daysAgo(30),
  to: daysAgo(0),
  upcoming: null,
  scheduled: null,
  past: null,
  notes: [],
  loading: false,
  error: null,
  setHost: (host) => set({ host, upcoming: null, scheduled: null, past: null, error: null }),
  setTab: (tab) => set({ tab, error: null }),
  setSearch: (search) => set({ search }),
  setRange: (from, to) => set({ from, to, past: null, error: null }),
  load: async () => {
    const { host, tab, from, to } = get()
    set({ loading: true, error: null })
    if (tab === 'past') {
      const result = await request((api) =>
        api.meetings.listPast({ userId: host || undefined, from, to })
      )
      if (result.ok)
        set({ past: result.data.meetings, notes: result.data.notes, host: result.data.userId })
      else set({ error: result.error })
    } else {
      const userId = host || 'me'
      const result = await request((api) => api.meetings.list({ userId, type: tab }))
      if (result.ok) set({ [tab]: result.data.meetings, notes: [] })
      else set({ error: result.error })
    }
    set({ loading: false })
  }
}))

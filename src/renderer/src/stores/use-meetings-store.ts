import { create } from 'zustand'
import type { InvokeOutput } from '@shared/ipc/contract'
import type { MeetingListItem } from '@shared/ipc/contracts/meetings-list-contract'
import { daysAgo } from '../lib/days'
import { idleRequest, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'
import { newJobId } from './use-jobs-store'

export type MeetingsTab = 'upcoming' | 'scheduled' | 'past'

type PastMeetings = InvokeOutput<'meetings:list-past'>

/** The Meetings screen's lists: one request per tab, each for the chosen host (and dates). */
interface MeetingsStore {
  host: string
  tab: MeetingsTab
  search: string
  from: string
  to: string
  upcoming: RequestState<MeetingListItem[]>
  scheduled: RequestState<MeetingListItem[]>
  past: RequestState<PastMeetings>
  /** The job the past list loads as: a long range is many calls, followed and cancellable. */
  pastJobId: string | null
  setHost(host: string): void
  setTab(tab: MeetingsTab): void
  setSearch(search: string): void
  setRange(from: string, to: string): void
  load(): Promise<void>
  /** Lists past meetings again (the archive changed), keeping the list on screen meanwhile. */
  reloadPast(): Promise<void>
}

export const useMeetingsStore = create<MeetingsStore>((set, get) => {
  const upcoming = storeSlot(set, get, 'upcoming')
  const scheduled = storeSlot(set, get, 'scheduled')
  const past = storeSlot(set, get, 'past')
  const lists = { upcoming, scheduled }
  const loadPast = async (keepData: boolean): Promise<void> => {
    const { host, from, to } = get()
    const jobId = newJobId()
    set({ pastJobId: jobId })
    const found = await past.run(
      (api) => api.meetings.listPast({ userId: host || undefined, from, to, jobId }),
      { keepData }
    )
    // With no host typed, main answers for the signed-in host: show whose list it is.
    if (found && found.userId !== get().host) set({ host: found.userId })
  }
  return {
    host: '',
    tab: 'past',
    search: '',
    // The last 30 days by default: most admins look at the latest sessions.
    from: daysAgo(30),
    to: daysAgo(0),
    upcoming: idleRequest(),
    scheduled: idleRequest(),
    past: idleRequest(),
    pastJobId: null,
    setHost: (host) => {
      // Lists (and answers still on their way) belong to the host shown before.
      upcoming.reset()
      scheduled.reset()
      past.reset()
      set({ host })
    },
    setTab: (tab) => set({ tab }),
    setSearch: (search) => set({ search }),
    setRange: (from, to) => {
      past.reset()
      set({ from, to })
    },
    load: async () => {
      const { host, tab } = get()
      if (tab === 'past') return loadPast(false)
      const userId = host || 'me'
      await lists[tab].run(
        async (api) => {
          const result = await api.meetings.list({ userId, type: tab })
          return result.ok ? { ok: true, data: result.data.meetings } : result
        },
        { keepData: false }
      )
    },
    reloadPast: async () => {
      if (get().past.data) await loadPast(true)
    }
  }
})

import { create } from 'zustand'
import { defaultThresholdPercent } from '@shared/attendance/defaults'
import type { RollUpQuery } from '@shared/attendance/rollup-query'
import type { RollUpSelectionInput, RollUpView } from '@shared/ipc/contracts/rollup-contract'
import { daysAgo } from '../lib/days'
import { idleRequest, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'
import { newJobId } from './use-jobs-store'

export interface RollUpForm {
  kind: 'recurring' | 'topic'
  meetingId: string
  topic: string
  from: string
  to: string
  /** A recurring meeting's sessions only between `from` and `to`. */
  limitDates: boolean
}

export type RollUpSort = RollUpQuery['sort']

/** Many sessions combined: what to combine, the answer, and which people the table shows. */
interface RollUpStore {
  form: RollUpForm
  /** The selection the shown roll-up was made from (exports use the same one). */
  selection: RollUpSelectionInput | null
  view: RequestState<RollUpView>
  jobId: string | null
  threshold: number
  minAttended: number
  includeHost: boolean
  search: string
  sort: RollUpSort
  setForm(patch: Partial<RollUpForm>): void
  setThreshold(value: number): Promise<void>
  setMinAttended(value: number): void
  setIncludeHost(value: boolean): void
  setSearch(value: string): void
  setSort(sort: RollUpSort): void
  run(selection: RollUpSelectionInput): Promise<void>
  /** "Combine all sessions" of one recurring meeting, from the past meetings list. */
  runSeries(meetingId: string): Promise<void>
  /** Combines the same sessions again (the archive changed), keeping the table meanwhile. */
  rerun(): Promise<void>
}

export const useRollUpStore = create<RollUpStore>((set, get) => {
  const view = storeSlot(set, get, 'view')
  return {
    // Three months back by default: a season of weekly sessions.
    form: {
      kind: 'topic',
      meetingId: '',
      topic: '',
      from: daysAgo(90),
      to: daysAgo(0),
      limitDates: false
    },
    selection: null,
    view: idleRequest(),
    jobId: null,
    threshold: defaultThresholdPercent,
    // "Attended at least 0" would list everyone who ever registered: 1 answers "who came".
    minAttended: 1,
    includeHost: false,
    search: '',
    sort: { key: 'name', descending: false },
    setForm: (patch) => set({ form: { ...get().form, ...patch } }),
    setThreshold: async (threshold) => {
      set({ threshold })
      await get().rerun()
    },
    setMinAttended: (value) => set({ minAttended: value }),
    setIncludeHost: (value) => set({ includeHost: value }),
    setSearch: (value) => set({ search: value }),
    setSort: (sort) => set({ sort }),
    run: async (selection) => {
      const jobId = newJobId()
      const thresholdPercent = get().threshold
      set({ selection, jobId })
      await view.run((api) => api.rollup.load({ selection, thresholdPercent, jobId }), {
        keepData: false
      })
    },
    rerun: async () => {
      const { selection, threshold } = get()
      if (!selection || !get().view.data) return
      // The same sessions, judged again: the table stays while the new answer comes.
      const jobId = newJobId()
      set({ jobId })
      await view.run((api) => api.rollup.load({ selection, thresholdPercent: threshold, jobId }))
    },
    runSeries: async (meetingId) => {
      set({ form: { ...get().form, kind: 'recurring', meetingId, limitDates: false } })
      await get().run({ kind: 'recurring', meetingId })
    }
  }
})

/** The table's filter and order, as the query an export sends. */
export function toRollUpQuery(store: {
  minAttended: number
  includeHost: boolean
  search: string
  sort: RollUpSort
}): RollUpQuery {
  return {
    minAttended: store.minAttended,
    includeHost: store.includeHost,
    search: store.search,
    sort: { ...store.sort }
  }
}

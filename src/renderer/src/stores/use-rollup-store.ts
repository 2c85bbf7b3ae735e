import { create } from 'zustand'
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
}

/** Many sessions combined: what to combine, the answer, and how many sessions count. */
interface RollUpStore {
  form: RollUpForm
  /** The selection the shown roll-up was made from (exports use the same one). */
  selection: RollUpSelectionInput | null
  view: RequestState<RollUpView>
  jobId: string | null
  minAttended: number
  setForm(patch: Partial<RollUpForm>): void
  setMinAttended(value: number): void
  run(selection: RollUpSelectionInput): Promise<void>
  /** Combines the same sessions again (the archive changed), keeping the table meanwhile. */
  rerun(): Promise<void>
}

export const useRollUpStore = create<RollUpStore>((set, get) => {
  const view = storeSlot(set, get, 'view')
  return {
    // Three months back by default: a season of weekly sessions.
    form: { kind: 'topic', meetingId: '', topic: '', from: daysAgo(90), to: daysAgo(0) },
    selection: null,
    view: idleRequest(),
    jobId: null,
    minAttended: 0,
    setForm: (patch) => set({ form: { ...get().form, ...patch } }),
    setMinAttended: (value) => set({ minAttended: value }),
    run: async (selection) => {
      const jobId = newJobId()
      set({ selection, jobId })
      await view.run((api) => api.rollup.load({ selection, jobId }), { keepData: false })
    },
    rerun: async () => {
      const { selection } = get()
      if (!selection || !get().view.data) return
      const jobId = newJobId()
      set({ jobId })
      await view.run((api) => api.rollup.load({ selection, jobId }))
    }
  }
})

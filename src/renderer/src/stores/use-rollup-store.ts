import { create } from 'zustand'
import type { AppError } from '@shared/app-error'
import type {
  RollUpSelectionInput,
  RollUpView
} from '@shared/ipc/contracts/rollup-contract'
import { request } from '../lib/bridge'
import { daysAgo } from '../lib/days'
import { newJobId } from './use-jobs-store'
import { defaultThresholdPercent } from '@shared/attendance/defaults'

interface RollUpStore {
  form: { kind: 'recurring' | 'topic'; meetingId: string; topic: string; from: string; to: string }
  selection: RollUpSelectionInput | null
  view: RollUpView | null
  minAttended: number
  jobId: string | null
  error: AppError | null
  exportNotice: { fileName: string; rows: number } | null
  setForm(patch: Partial<RollUpStore['form']>): void
  setMinAttended(value: number): void
  run(selection: RollUpSelectionInput): Promise<void>
  exportCsv(layout: 'long' | 'matrix', timeZone: string | null): Promise<void>
}

export const useRollUpStore = create<RollUpStore>((set, get) => ({
  // Three months back by default: a season of weekly sessions.
  form: { kind: 'topic', meetingId: '', topic: '', from: daysAgo(90), to: daysAgo(0) },
  selection: null,
  view: null,
  minAttended: 0,
  jobId: null,
  error: null,
  exportNotice: null,
  setForm: (patch) => set({ form: { ...get().form, ...patch } }),
  setMinAttended: (value) => set({ minAttended: value }),
  run: async (selection) => {
    const jobId = newJobId()
    set({ selection, jobId, error: null, view: null, exportNotice: null })
    const result = await request((api) => api.rollup.load({ selection, jobId }))
    if (get().jobId !== jobId) return
    if (result.ok) set({ view: result.data, jobId: null })
    else set({ error: result.error, jobId: null })
  },
  exportCsv: async (layout, timeZone) => {
    const { selection } = get()
    if (!selection) return
    set({ error: null, exportNotice: null })
    const result = await request((api) =>
      api.rollup.exportCsv({
        selection,
        thresholdPercent: defaultThresholdPercent,
        timeZone,
        layout
      })
    )
    if (!result.ok) set({ error: result.error })
    else if (result.data.saved && result.data.fileName)
      set({ exportNotice: { fileName: result.data.fileName, rows: result.data.rows } })
  }
}))

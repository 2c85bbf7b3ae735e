import { create } from 'zustand'
import type { HeadcountApi } from '@shared/ipc/bridge-api'
import type { InvokeOutput, JobProgress } from '@shared/ipc/contract'
import { bridge } from '../lib/bridge'
import { keyedSlots } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'

type Cancelled = InvokeOutput<'jobs:cancel'>

/** Progress of every long job main runs, and the window's requests to cancel them. */
interface JobsStore {
  byId: Record<string, JobProgress>
  /** One cancel request per job, so a refused cancel is shown next to that job. */
  cancels: Record<string, RequestState<Cancelled>>
  cancel(jobId: string): Promise<void>
}

export const useJobsStore = create<JobsStore>((set, get) => {
  const cancels = keyedSlots<Cancelled>(
    (jobId) => get().cancels[jobId],
    (jobId, next) => set((state) => ({ cancels: { ...state.cancels, [jobId]: next } }))
  )
  return {
    byId: {},
    cancels: {},
    cancel: async (jobId) => {
      await cancels.slot(jobId).run((api) => api.jobs.cancel({ jobId }))
    }
  }
})

let followed: HeadcountApi | null = null

/** Follows main's progress events for every job, once per bridge. */
export function followJobProgress(): void {
  const api = bridge()
  if (!api || followed === api) return
  followed = api
  api.jobs.onProgress((progress) => {
    useJobsStore.setState((state) => ({ byId: { ...state.byId, [progress.jobId]: progress } }))
  })
}

/** An id the window picks for a job, so it can show progress and cancel from the first moment. */
export function newJobId(): string {
  return crypto.randomUUID()
}

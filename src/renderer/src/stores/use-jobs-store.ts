import { create } from 'zustand'
import type { JobProgress } from '@shared/ipc/contract'
import { bridge, request } from '../lib/bridge'

interface JobsStore {
  byId: Record<string, JobProgress>
  cancel(jobId: string): Promise<void>
}

export const useJobsStore = create<JobsStore>(() => ({
  byId: {},
  cancel: async (jobId) => {
    await request((api) => api.jobs.cancel({ jobId }))
  }
}))

let subscribed = false

/** Follows main's progress events for every job; called once at start-up. */
export function followJobProgress(): void {
  const api = bridge()
  if (subscribed || !api) return
  subscribed = true
  api.jobs.onProgress((progress) => {
    useJobsStore.setState((state) => ({ byId: { ...state.byId, [progress.jobId]: progress } }))
  })
}

/** An id the window picks for a job, so it can show progress and cancel from the first moment. */
export function newJobId(): string {
  return crypto.randomUUID()
}

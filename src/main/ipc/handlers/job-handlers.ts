import type { JobRegistry } from '../../jobs/job-registry'
import type { Handlers } from '../router'

export function createJobHandlers(jobs: JobRegistry): Pick<Handlers, 'jobs:cancel'> {
  return {
    'jobs:cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) })
  }
}

import type { JobRegistry } from '../../jobs/job-registry'
import type { DomainHandlers } from '../router'

export function createJobsHandlers(jobs: JobRegistry): DomainHandlers<'jobs'> {
  return {
    'jobs:cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) })
  }
}

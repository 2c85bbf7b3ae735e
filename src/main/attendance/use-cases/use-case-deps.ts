import type { AccountSession } from '../../accounts/account-session'
import type { JobRegistry } from '../../jobs/job-registry'
import type { CacheFor } from '../fetch/attendance-cache'
import type { CsvExports } from '../../exports/csv-exports'

/** What the attendance and roll-up services share: the account, jobs, exports and caches. */
export interface MeetingServiceDeps {
  session: AccountSession
  jobs: JobRegistry
  exports: CsvExports
  cacheFor: CacheFor
}

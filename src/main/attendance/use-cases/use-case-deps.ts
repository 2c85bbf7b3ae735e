import type { ConnectedClient } from '../../accounts/account-connection'
import type { CsvExports } from '../../exports/csv-exports'
import type { JobRegistry } from '../../jobs/job-registry'
import type { CacheFor } from '../fetch/attendance-cache'

/** What the attendance use-cases share: the connected account, jobs, exports and caches. */
export interface AttendanceUseCaseDeps {
  connected: () => ConnectedClient
  jobs: JobRegistry
  exports: CsvExports
  cacheFor: CacheFor
}

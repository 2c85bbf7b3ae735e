import type { ConnectedClient } from '../../accounts/account-connection'
import type { Archive } from '../../archive'
import type { CsvExports } from '../../exports/csv-exports'
import type { JobRegistry } from '../../jobs/job-registry'

/** What the attendance use-cases share: the connected account, jobs, exports and the archive. */
export interface AttendanceUseCaseDeps {
  connected: () => ConnectedClient
  jobs: JobRegistry
  exports: CsvExports
  /** The open archive; null when it could not be opened (Zoom is then the only source). */
  archive: () => Promise<Archive | null>
  now?: () => Date
}

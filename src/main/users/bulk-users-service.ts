import { AppFailure } from '../../shared/app-error'
import { bulkPreviewSummary, bulkResultSummary } from '../../shared/admin/bulk-words'
import type { CreateUserAction } from '../../shared/admin/user-input'
import { bulkOutcomes, bulkVerdicts } from '../../shared/ipc/contracts/users-contract'
import type {
  BulkOutcome,
  BulkPreviewRow,
  BulkResultRow,
  BulkVerdict
} from '../../shared/ipc/contracts/users-contract'
import type { ConnectedClient } from '../accounts/account-connection'
import type { JobRegistry } from '../jobs/job-registry'
import { classifyRows, countBy } from './bulk-classify'
import { parseUsersCsv } from './bulk-csv'
import { runBulkCreate } from './bulk-run'
import { loadExistingEmails } from './existing-users'

/** The label of the bulk-add job, shown with its progress. */
export const bulkJobLabel = 'Adding users from a CSV file'

function alreadyRunning(): AppFailure {
  return new AppFailure({
    code: 'invalid-input',
    message: 'Users from a CSV file are already being added.',
    remedy: 'Wait for that run to finish (or cancel it), then try again.'
  })
}

export interface BulkUsersService {
  preview(csvText: string): Promise<{
    rows: BulkPreviewRow[]
    counts: Record<BulkVerdict, number>
    summary: string
  }>
  create(
    csvText: string,
    action: CreateUserAction,
    jobId?: string
  ): Promise<{
    rows: BulkResultRow[]
    counts: Record<BulkOutcome, number>
    stoppedBecause: string | null
    summary: string
  }>
  /** The rows of the last finished run, for saving as CSV; null before any run. */
  lastResult(): BulkResultRow[] | null
}

export function createBulkUsersService(deps: {
  connected: () => ConnectedClient
  jobs: JobRegistry
}): BulkUsersService {
  const { connected, jobs } = deps
  let running = false
  let last: BulkResultRow[] | null = null
  async function plan(
    csvText: string,
    signal?: AbortSignal
  ): Promise<ReturnType<typeof classifyRows>> {
    const rows = parseUsersCsv(csvText)
    const existing = await loadExistingEmails(connected().client, signal)
    return classifyRows(rows, existing)
  }

  return {
    async preview(csvText) {
      const rows = (await plan(csvText)).map(({ user: _user, ...row }) => row)
      const counts = countBy(
        bulkVerdicts,
        rows.map((row) => row.verdict)
      )
      return { rows, counts, summary: bulkPreviewSummary(counts) }
    },
    async create(csvText, action, jobId) {
      // Parse first: a broken file fails before a job appears.
      parseUsersCsv(csvText)
      const { client, accountKey } = connected()
      // Two runs at once could both see a person as new and invite them twice.
      if (running) throw alreadyRunning()
      running = true
      try {
        const result = await jobs.run(
          bulkJobLabel,
          jobId,
          async (job) =>
            runBulkCreate({
              client,
              action,
              // The existing users are read again now, not taken from the dry run: that is what
              // makes a second run skip everyone the first one added.
              rows: await plan(csvText, job.signal),
              signal: job.signal,
              progress: (done, total) => job.progress(done, total)
            }),
          { account: accountKey }
        )
        last = result.rows
        const counts = countBy(
          bulkOutcomes,
          result.rows.map((row) => row.outcome)
        )
        return { ...result, counts, summary: bulkResultSummary(counts) }
      } finally {
        running = false
      }
    },
    lastResult: () => last
  }
}
